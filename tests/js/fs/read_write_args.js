// fs.read/readSync and fs.write/writeSync argument checks as in node: a third
// argument that is not an options object where options are expected, a
// read's length (>= 0; non-integers pass; null reads nothing) and position
// (bigint or integer, ending within 2^63 - 1), a write's offset before its
// length, and a write's position (anything unusable means "current").
'use strict';
const fs = require('fs');
const path = require('path');
const os = require('os');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jolt-rw-'));
const file = path.join(dir, 'f.txt');
fs.writeFileSync(file, 'abcd');
const fd = fs.openSync(file, 'r+');
const tryit = (label, f) => {
  try {
    console.log(label, 'ok', f());
  } catch (e) {
    console.log(label, e.code, e.message);
  }
};
for (const o of [false, 0, Infinity, 42n, 'x', [], [4, 4, 4, 4]]) {
  tryit(`readSync options ${typeof o} ${String(o)}`, () => fs.readSync(fd, Buffer.alloc(4), o));
}
tryit('read options 0', () => fs.read(fd, Buffer.alloc(4), 0, () => {}));
tryit('readSync good options', () => fs.readSync(fd, Buffer.alloc(4), { offset: 0, length: 4, position: 0 }));
tryit('readSync length null', () => fs.readSync(fd, Buffer.alloc(4), { length: null }));
tryit('read len -1', () => fs.readSync(fd, Buffer.alloc(4), 0, -1, 0));
tryit('read len 1.5', () => fs.readSync(fd, Buffer.alloc(4), 0, 1.5, 0));
tryit('read len 5', () => fs.readSync(fd, Buffer.alloc(4), 0, 5, 0));
tryit('read off 5 len 0', () => fs.readSync(fd, Buffer.alloc(4), 5, 0, 0));
tryit('read off 1.5', () => fs.readSync(fd, Buffer.alloc(4), 1.5, 1, 0));
for (const p of [true, '1', 0.5, -2, 2n ** 63n, 1n, null, -1]) {
  tryit(`read position ${typeof p} ${String(p)}`, () => fs.readSync(fd, Buffer.alloc(4), 0, 4, p));
}
tryit('write off 5 len 0', () => fs.writeSync(fd, Buffer.alloc(4), 5, 0, 0));
tryit('write len -1', () => fs.writeSync(fd, Buffer.alloc(4), 0, -1, 0));
tryit('write len 5', () => fs.writeSync(fd, Buffer.alloc(4), 0, 5, 0));
for (const p of [true, '1', 0.5, -2, 1n]) {
  tryit(`write position ${typeof p} ${String(p)}`, () => fs.writeSync(fd, Buffer.from('Z'), 0, 1, p));
}
fs.closeSync(fd);
console.log('file', fs.readFileSync(file, 'utf8'));
fs.rmSync(dir, { recursive: true });
