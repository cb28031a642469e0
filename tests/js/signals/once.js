'use strict';
// process.once on a signal: called for the first delivery only; a number
// works as the signal too. A second signal is heard by a plain listener
// added afterwards.
const keepAlive = setTimeout(() => console.log('timed out'), 5000);
const log = [];

process.once('SIGUSR2', (name, number) => {
  log.push(`once: ${name} ${number} left=${process.listenerCount('SIGUSR2')}`);
  process.on('SIGUSR2', function again(name2) {
    log.push(`again: ${name2}`);
    process.off('SIGUSR2', again);
    clearTimeout(keepAlive);
    console.log(log.join('\n'));
  });
  process.kill(process.pid, 12);
});
process.kill(process.pid, 'SIGUSR2');
