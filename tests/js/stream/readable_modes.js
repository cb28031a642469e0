'use strict';
// 'readable' and 'data' together, removing the 'readable' listener,
// object mode reads, highWaterMark 0, read() while flowing.
const { Readable } = require('stream');
const { phase } = require('./helpers/phases');

{
  const log = phase('readable wins over data');
  const r = new Readable({ read() {} });
  r.on('readable', () => {
    log('readable, flowing', r.readableFlowing);
    let c;
    while ((c = r.read()) !== null) log('read', String(c));
  });
  r.on('data', (d) => log('data', String(d)));
  log('flowing', r.readableFlowing, 'isPaused', r.isPaused());
  r.push('one');
  setTimeout(() => {
    r.removeAllListeners('readable');
    process.nextTick(() => {
      log('after removing readable: flowing', r.readableFlowing);
      r.push('two');
      r.push(null);
    });
  }, 5);
  r.on('end', () => log('end'));
}

{
  const log = phase('object mode');
  const o = new Readable({ objectMode: true, highWaterMark: 2, read() {} });
  log('push', o.push('a'), o.push(['b']), o.push(0), 'length', o.readableLength);
  log('read(5) gives one', o.read(5), o.read(), o.read(0), o.readableLength);
  o.push(false);
  o.push('');
  log('falsy values', o.read(), JSON.stringify(o.read()));
}

{
  const log = phase('hwm 0');
  let reads = 0;
  const z = new Readable({
    highWaterMark: 0,
    read() {
      reads++;
      if (reads <= 2) setTimeout(() => this.push(`z${reads}`), 1);
      else this.push(null);
    },
  });
  z.on('data', (d) => log('data', String(d), 'length', z.readableLength));
  z.on('end', () => log('end after', reads, 'reads'));
}

{
  const log = phase('pause in data handler');
  const p = new Readable({ read() {} });
  p.push('a');
  p.push('b');
  p.push('c');
  p.setEncoding('utf8');
  p.on('data', (d) => {
    log('data', d);
    if (d === 'a') {
      p.pause();
      setTimeout(() => {
        log('resume, buffered', p.readableLength);
        p.resume();
      }, 5);
    }
  });
  p.on('pause', () => log('pause event'));
  p.on('resume', () => log('resume event'));
}

{
  const log = phase('base64 groups');
  const b = new Readable({ read() {}, encoding: 'base64' });
  b.push(Buffer.from([1]));
  b.push(Buffer.from([2, 3, 4]));
  b.push(Buffer.from([5]));
  b.push(null);
  const parts = [];
  b.on('data', (d) => parts.push(d));
  b.on('end', () => log(parts));
}
