// The shape of process, its prototype, console and globalThis as a script
// first sees them (start-up builds them natively from tables).
'use strict';
const P = Object.getPrototypeOf(process);
const ctor = Object.getOwnPropertyDescriptor(P, 'constructor');
const exitCode = Object.getOwnPropertyDescriptor(process, 'exitCode');
const consoleTag = Object.getOwnPropertyDescriptor(console, Symbol.toStringTag);
const globalTag = Object.getOwnPropertyDescriptor(globalThis, Symbol.toStringTag);
const globalKeys = Object.keys(globalThis).join();
const globalDesc = Object.getOwnPropertyDescriptor(globalThis, 'global');
const lines = [
  ['prototype constructor', ctor.enumerable, ctor.writable, ctor.configurable, ctor.value === process.constructor,
    process.constructor.name, process.constructor.prototype === P],
  ['process tag', String(process)],
  ['exitCode', typeof exitCode.get, typeof exitCode.set, exitCode.enumerable, exitCode.configurable],
  ['console tag', consoleTag.value, consoleTag.writable, consoleTag.enumerable, consoleTag.configurable],
  ['global tag', globalTag.value, globalTag.writable, globalTag.enumerable, globalTag.configurable],
  ['global keys', globalKeys],
  ['globalThis.process', globalThis.process === process, Object.keys(globalThis).includes('process')],
  ['globalThis.global', globalDesc.value === globalThis, globalDesc.enumerable, globalDesc.writable,
    globalDesc.configurable],
  ['methods', typeof process.hrtime.bigint, typeof process.memoryUsage.rss, process.exit.name, process.exit.length,
    process.kill.length, process.chdir.length, typeof process.nextTick, typeof process.getuid, typeof process.setuid],
  ['plain', process.sourceMapsEnabled, process.debugPort, process.domain],
];
for (const line of lines) console.log(line.join(' '));
