// The Node globals exist with the right types.
const names = ['globalThis', 'global', 'process', 'console', 'setTimeout', 'clearTimeout',
  'setInterval', 'clearInterval', 'setImmediate', 'clearImmediate', 'queueMicrotask'];
for (const n of names) console.log(n.padEnd(15), typeof globalThis[n]);
console.log('global === globalThis:', global === globalThis);
console.log('globalThis.globalThis:', globalThis.globalThis === globalThis);
console.log('setTimeout is the same function:', globalThis.setTimeout === setTimeout);
console.log('module-scoped names are not globals:',
  ['require', 'module', 'exports', '__filename', '__dirname'].map((n) => typeof globalThis[n]));
