'use strict';
// FileHandle.read's argument forms: null offset/length mean the defaults
// (unlike fs.read), in the argument list and in options objects; invalid
// values reject with node's codes.
const fs = require('fs');
const fsp = require('fs/promises');
require('./helpers/tmp');

fs.writeFileSync('in.txt', 'xyz');

async function main() {
  const fh = await fsp.open('in.txt');
  const forms = {
    'buffer only': [Buffer.alloc(2)],
    'length undefined': [Buffer.alloc(2), 0, undefined, 0],
    'length null': [Buffer.alloc(2), 0, null, 0],
    'offset and length null': [Buffer.alloc(3), null, null, 0],
    'options, length null': [{ buffer: Buffer.alloc(2), offset: 0, length: null, position: 1 }],
    'options, offset null': [{ buffer: Buffer.alloc(2), offset: null, position: 0 }],
    'buffer and options': [Buffer.alloc(3), { offset: 1 }],
    'buffer and null options fields': [Buffer.alloc(3), { offset: null, length: null, position: 0 }],
    'zero length': [Buffer.alloc(2), 0, 0, 0],
    'Uint16Array': [new Uint16Array(2), 0, null, 0],
    'null': [null],
    'string': ['x'],
    'negative offset': [Buffer.alloc(2), -1, 0],
    'bad position with zero length': [Buffer.alloc(2), 0, 0, -5],
    'offset past end': [Buffer.alloc(2), 3],
    'length too long': [Buffer.alloc(2), 1, 5],
    'buffer a string': [{ buffer: 'abc' }],
  };
  for (const [label, args] of Object.entries(forms)) {
    try {
      const { bytesRead, buffer } = await fh.read(...args);
      const text = Buffer.from(buffer.buffer, buffer.byteOffset, buffer.byteLength).toString('latin1').replace(/\0/g, '.');
      console.log(label, bytesRead, buffer.byteLength > 16 ? buffer.byteLength : text);
    } catch (err) {
      console.log(label, err.code, err.message);
    }
  }
  await fh.close();
}

main();
