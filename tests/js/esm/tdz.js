// Reading an import whose binding is not initialised yet (a cycle): node's
// ReferenceError, naming the importer's local name, through a namespace
// the export's name; a hoisted function is usable.
import { runChecks } from './tdz/a.js';

console.log(runChecks());
