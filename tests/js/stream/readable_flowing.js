'use strict';
// Flowing mode: 'data'/'end'/'close' order against ticks and promises,
// pause()/resume() events, and data pushed before a listener exists.
const { Readable } = require('stream');

const log = [];
function trace(name, stream, events) {
  for (const ev of events) stream.on(ev, (arg) => log.push(`${name}:${ev}${arg !== undefined ? ' ' + arg : ''}`));
}

const r = new Readable({
  read() {},
});
trace('r', r, ['pause', 'resume', 'end', 'close']);
r.push('a');
r.push('b');
r.on('data', (d) => log.push(`r:data ${d}`));
log.push(`flowing after on(data): ${r.readableFlowing}`);
process.nextTick(() => log.push('tick'));
Promise.resolve().then(() => log.push('promise'));
setTimeout(() => {
  r.pause();
  log.push(`paused ${r.isPaused()} flowing ${r.readableFlowing}`);
  r.push('c');
  log.push(`length ${r.readableLength}`);
  r.resume();
  r.push(null);
}, 5);

// A stream that pushes synchronously from _read.
let n = 0;
const s = new Readable({
  read() {
    n++;
    this.push(n <= 3 ? String(n) : null);
  },
});
trace('s', s, ['resume', 'end', 'close']);
s.on('data', (d) => log.push(`s:data ${d}`));
log.push('sync end of script');

process.on('exit', () => console.log(log.join('\n')));
