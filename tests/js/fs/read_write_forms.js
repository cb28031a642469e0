// fs.read/readSync and fs.write/writeSync: which argument is which in each
// call form (node decides read()'s by the argument count), and the checks
// that follow: an options argument must be an object or null, a read's
// length is an int32 (a non-number reads nothing), an empty buffer is refused,
// a write's offset and length are checked in node's order with length an
// int32, and a string write takes any encoding name but refuses odd-length hex.
'use strict';
const fs = require('fs');
const { show } = require('./helpers/tmp');

fs.writeFileSync('f.txt', 'abcdefgh');
const fd = fs.openSync('f.txt', 'r+');
const B = (n) => Buffer.alloc(n, 0x2e);
const nop = () => {};

// Synchronous reads at fixed positions.
show('readSync str buffer', () => fs.readSync(fd, 4, 0, 'utf-8'));
show('readSync no buffer', () => fs.readSync(fd));
show('readSync options only', () => fs.readSync(fd, { length: 3 }));
show('readSync bad fd, no buffer', () => fs.readSync('x', 5));
show('readSync offset NaN', () => fs.readSync(fd, B(4), NaN, 4, 0));
show('readSync offset null 5 args', () => fs.readSync(fd, B(4), null, 2, 0));
show('readSync length str', () => fs.readSync(fd, B(4), 0, 'abc', 0));
show('readSync length 2**32+1', () => fs.readSync(fd, B(4), 0, 2 ** 32 + 1, 0));
show('readSync length 5', () => fs.readSync(fd, B(4), 0, 5, 0));
show('readSync empty buffer', () => fs.readSync(fd, B(0), 0, 1, 0));
show('readSync empty Uint8Array', () => fs.readSync(fd, new Uint8Array(0), 0, 1, 0));
show('readSync empty buffer len 0', () => fs.readSync(fd, B(0), 0, 0, 0));
show('readSync options offset null', () => fs.readSync(fd, B(4), { offset: null, position: 0 }));
show('readSync position fn', () => fs.readSync(fd, B(4), 0, 4, nop));
show('readSync position 2**53', () => fs.readSync(fd, B(4), 0, 4, 2 ** 53));
{
  const b = B(8);
  show('readSync options object', () => fs.readSync(fd, b, { offset: 1, length: 2, position: 3 }));
  show('  buffer', () => b.toString());
}

// Callback reads: argument errors throw synchronously.
show('read 3 args number', () => fs.read(fd, 5, nop));
show('read 3 args string', () => fs.read(fd, 'abc', nop));
show('read 3 args array', () => fs.read(fd, [], nop));
show('read 3 args function', () => fs.read(fd, nop, nop));
show('read 3 args buffer null', () => fs.read(fd, { buffer: null }, nop));
show('read 4 args undefined options', () => fs.read(fd, B(4), undefined, nop));
show('read 4 args array options', () => fs.read(fd, B(4), [], nop));
show('read 6 args object offset', () => fs.read(fd, B(4), { offset: 1 }, 2, 0, nop));
show('read 5 args (no callback)', () => fs.read(fd, B(4), 0, 4, nop));
show('read callback not a function', () => fs.read(fd, B(4), 0, 4, 0, 5));
show('read bad fd before buffer', () => fs.read(-1, 5, 0, 4, 0, nop));
show('read buffer before callback', () => fs.read(fd, 5, 0, 4, 0));
show('read position fn', () => fs.read(fd, B(4), 0, 4, nop, nop));
show('read empty buffer', () => fs.read(fd, B(0), 0, 1, 0, nop));

// Writes.
for (const bad of [undefined, null, 42, Symbol('s'), [], {}, new String('x'), { toString() { return 'x'; } }]) {
  show(`writeSync ${typeof bad} ${Array.isArray(bad) ? 'array' : ''}`, () => fs.writeSync(fd, bad));
  show(`write ${typeof bad}`, () => fs.write(fd, bad, {}, nop));
}
show('writeSync bad fd, bad data', () => fs.writeSync(-1, 5));
show('write bad fd, bad data', () => fs.write(-1, 5, 0, 3, 0, nop));
show('write offset 5 of 3', () => fs.write(fd, B(3), { offset: 5 }, nop));
show('write offset symbol', () => fs.write(fd, B(3), Symbol('42'), nop));
show('write offset true', () => fs.write(fd, B(3), { offset: true }, nop));
show('write offset string', () => fs.write(fd, B(3), '42', nop));
show('write length -1', () => fs.write(fd, B(3), { length: -1 }, nop));
show('write length 1.5', () => fs.writeSync(fd, B(3), 0, 1.5, 0));
show('write length NaN', () => fs.writeSync(fd, B(3), 0, NaN, 0));
show('write length 2**31 of 3', () => fs.writeSync(fd, B(3), 0, 2 ** 31, 0));
show('write callback missing', () => fs.write(fd, B(3), 0, 3, 0));
show('write string callback missing', () => fs.write(fd, 'abc', 0, 'utf8'));
show('write string callback not fn', () => fs.write(fd, 'abc', 0, 'utf8', 5));
show('writeSync hex odd', () => fs.writeSync(fd, 'abc', 0, 'hex'));
show('writeSync hex even', () => fs.writeSync(fd, '4142', 0, 'hex'));
show('writeSync unknown encoding', () => fs.writeSync(fd, 'xyz', 2, 'bogus'));
show('writeSync string position -2', () => fs.writeSync(fd, 'Q', -2));
show('writeSync length string', () => fs.writeSync(fd, Buffer.from('LMN'), 0, '2', 5));
show('contents', () => fs.readFileSync('f.txt', 'latin1'));

// Each callback form in turn (one at a time: some read at the current
// position).
const steps = [
  ['read(fd, cb)', (cb) => { fs.writeSync(fd, '', 0); fs.read(fd, cb); }],
  ['read(fd, buf, cb)', (cb) => fs.read(fd, B(4), cb)],
  ['read(fd, buf, null, cb)', (cb) => fs.read(fd, B(4), null, cb)],
  ['read(fd, {buffer, position}, cb)', (cb) => fs.read(fd, { buffer: B(6), position: 0 }, cb)],
  ['read(fd, buf, {length, position}, cb)', (cb) => fs.read(fd, B(4), { length: 2, position: 1 }, cb)],
  ['read length string', (cb) => fs.read(fd, B(4), 0, 'x', 0, cb)],
  ['write(fd, buf, cb)', (cb) => fs.write(fd, Buffer.from('Z'), cb)],
  ['write(fd, buf, 1, cb)', (cb) => fs.write(fd, Buffer.from('YX'), 1, cb)],
  ['write(fd, str, cb)', (cb) => fs.write(fd, 'W', cb)],
  ['write(fd, str, 0, cb)', (cb) => fs.write(fd, 'V', 0, cb)],
  ['write(fd, str, 1, hex, cb)', (cb) => fs.write(fd, '5455', 1, 'hex', cb)],
];
(function next(i) {
  if (i === steps.length) {
    fs.closeSync(fd);
    console.log('contents', fs.readFileSync('f.txt', 'latin1'));
    return;
  }
  const [label, run] = steps[i];
  run((err, n, buf) => {
    const shown = typeof buf === 'string' ? buf : `${buf.length} bytes ${JSON.stringify(buf.toString('latin1', 0, n))}`;
    console.log(label, err ? err.code : n, shown);
    next(i + 1);
  });
})(0);
