'use strict';
// SIGUSR1 (node's inspector signal; in jolt also the signal JSC suspends its
// threads with) is an ordinary signal event once JS listens for it.
const keepAlive = setTimeout(() => console.log('timed out'), 5000);
function onUsr1(name, number) {
  console.log('listener:', name, number, process.listenerCount('SIGUSR1'));
  process.off('SIGUSR1', onUsr1);
  clearTimeout(keepAlive);
}
process.on('SIGUSR1', onUsr1);
process.kill(process.pid, 'SIGUSR1');
// Work that makes JSC's collector run meanwhile.
let junk = [];
for (let i = 0; i < 2e5; i++) junk.push({ i });
junk = null;
