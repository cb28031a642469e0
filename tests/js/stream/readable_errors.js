'use strict';
// Error codes and messages of bad pushes and reads.
const { Readable } = require('stream');

function show(label, fn) {
  try {
    const v = fn();
    console.log(label, 'ok', typeof v);
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}

function watch(label, stream) {
  stream.on('error', (e) => console.log(label, 'error', e.name, e.code, e.message));
  stream.on('close', () => console.log(label, 'close', stream.destroyed, stream.errored && stream.errored.code));
}

const a = new Readable({ read() {} });
watch('a', a);
a.push(null);
console.log('push after EOF returns', a.push('x'));

const b = new Readable({ read() {} });
watch('b', b);
b.push(42);

const c = new Readable({ read() {} });
watch('c', c);
c.read();

const d = new Readable({ objectMode: true, read() {} });
console.log('object mode push(undefined)', d.push(undefined), d.readableLength);

const e = new Readable({ read() { throw new Error('read failed'); } });
watch('e', e);
e.read();

show('hwm -1', () => new Readable({ highWaterMark: -1 }));
show('hwm 1.5', () => new Readable({ highWaterMark: 1.5 }));
show('hwm str', () => new Readable({ highWaterMark: '5' }));
show('read 2GiB', () => new Readable({ read() {} }).read(2 ** 31));
show('bad encoding', () => new Readable({ encoding: 'nope' }));
show('setEncoding bad', () => new Readable().setEncoding('nope'));

const f = new Readable({ autoDestroy: false, read() {} });
watch('f', f);
f.push(1);
console.log('f destroyed?', f.destroyed);
