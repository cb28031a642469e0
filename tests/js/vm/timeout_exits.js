// jolt-only: a vm timeout cannot be caught in Jolt (JSC's watchdog ends the script and the public API cannot resume its caller), so it ends the process with the ERR_SCRIPT_EXECUTION_TIMEOUT report; node throws it at the call.
// What is checked: the timeout fires (no hang) even in the main script's first turn, code in time runs normally before it.
const vm = require('vm');

console.log(vm.runInNewContext('let n = 0; for (let i = 0; i < 1000; i++) n += i; n', {}, { timeout: 5000 }));
try {
  vm.runInNewContext('while (true) {}', {}, { timeout: 50 });
} finally {
  console.log('not reached');
}
