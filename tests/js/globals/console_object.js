// console methods exist and are functions.
const methods = ['log', 'info', 'debug', 'warn', 'error', 'dir', 'time', 'timeEnd', 'timeLog',
  'count', 'countReset', 'assert', 'group', 'groupCollapsed', 'groupEnd', 'trace', 'table'];
console.log(methods.filter((m) => typeof console[m] !== 'function'), '(missing methods)');
// Methods work detached from console.
const { log } = console;
log('detached log works');
[1, 2].forEach((x) => console.log('forEach', x));
