// Linking fails before any module of the graph runs.
import { present, absent } from './errors/runs.js';
console.log('main ran', present, absent);
