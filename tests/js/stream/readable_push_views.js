// Readable push() and unshift() take any TypedArray or DataView as its
// bytes (not only a Uint8Array), and with an encoding set they come out as
// text.
'use strict';
const { Readable } = require('stream');

const bytes = Buffer.from('ABCD');
const views = [
  new Int16Array(bytes.buffer, bytes.byteOffset, 2),
  new DataView(bytes.buffer, bytes.byteOffset, 4),
  new Float32Array(bytes.buffer, bytes.byteOffset, 1),
  new Uint8Array(bytes.buffer, bytes.byteOffset, 4),
];

const r = new Readable({ read() {} });
r.push(views[0]);
r.push(views[1]);
r.unshift(views[2]);
const out = r.read();
console.log('bytes:', Buffer.isBuffer(out), out);

const t = new Readable({ read() {} });
t.setEncoding('utf8');
t.push(views[1]);
t.unshift(views[0]);
t.push(views[3]);
console.log('text:', t.read());
