'use strict';
// A SIGUSR2 listener sees the signal this process sends itself: later (never
// inside process.kill), on process, with (name, number); every listener in
// order; removing the listeners lets the script end normally.
const seen = [];
const keepAlive = setTimeout(() => console.log('timed out: no signal'), 5000);

function first(...args) {
  seen.push(['first', this === process, ...args]);
}
function second(name, number) {
  seen.push(['second', name, number]);
  console.log(seen);
  process.off('SIGUSR2', first);
  process.off('SIGUSR2', second);
  console.log('listeners left:', process.listenerCount('SIGUSR2'));
  clearTimeout(keepAlive);
}

process.on('SIGUSR2', first);
process.on('SIGUSR2', second);
console.log('kill returned', process.kill(process.pid, 'SIGUSR2'));
console.log('seen right after kill:', seen.length);
process.on('exit', (code) => console.log('exit', code));
