// Builtins: default is the module, its keys are named exports.
import fs, { readFileSync, existsSync } from 'node:fs';
import * as pathNs from 'path';
import path from 'node:path';
import { EventEmitter } from 'events';
import process2 from 'node:process';

console.log(readFileSync === fs.readFileSync, existsSync === fs.existsSync);
console.log(pathNs.default === path, pathNs.join === path.join, typeof pathNs.sep);
console.log(typeof EventEmitter, process2 === process);
console.log(Object.keys(pathNs).includes('default'), Object.keys(pathNs).includes('basename'));
const { default: os } = await import('os');
console.log(typeof os.platform);
