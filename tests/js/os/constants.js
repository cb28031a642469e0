// os.constants: Linux values, null prototypes, signals frozen.
const os = require('os');
const { constants } = os;

console.log(Object.keys(constants), Object.getPrototypeOf(constants), Object.isFrozen(constants));
for (const key of ['dlopen', 'errno', 'signals', 'priority']) {
  const group = constants[key];
  console.log(key, Object.getPrototypeOf(group), Object.isFrozen(group), Object.keys(group).length);
}
console.log(constants.UV_UDP_REUSEADDR, constants.dlopen, constants.priority);
console.log(JSON.stringify(constants.signals));
console.log(JSON.stringify(constants.errno));

// Writes to the frozen signal table are ignored (and throw in strict code).
constants.signals.SIGINT = 99;
console.log(constants.signals.SIGINT);
try {
  (() => { 'use strict'; constants.signals.SIGTERM = 1; })();
} catch (e) {
  console.log(e.name);
}
// os.constants itself cannot be replaced.
os.constants = {};
console.log(os.constants === constants);
// process.kill knows the same signal names.
try {
  process.kill(process.pid, 'SIGBOGUS');
} catch (e) {
  console.log(e.code);
}
