'use strict';
// The [Symbol.dispose] / [Symbol.asyncDispose] methods node's objects have.
const fs = require('fs');
const fsp = require('fs/promises');
const dgram = require('dgram');
const readline = require('readline');
const events = require('events');
const stream = require('stream');

const kinds = (o) => [typeof o[Symbol.dispose], typeof o[Symbol.asyncDispose]]
  .map((t) => (t === 'function' ? 'Y' : '-')).join('');

const timeout = setTimeout(() => console.log('timeout disposed: never printed'), 1);
const immediate = setImmediate(() => console.log('immediate disposed: never printed'));
const rows = {
  Timeout: timeout,
  Immediate: immediate,
  'fs.Dir': fs.opendirSync('.'),
  'dgram.Socket': dgram.createSocket('udp4'),
  'stream.Readable': new stream.Readable({ read() {} }),
  'stream.Writable': new stream.Writable(),
  'stream.Duplex': new stream.Duplex(),
  'stream.PassThrough': new stream.PassThrough(),
  'fs.ReadStream': fs.createReadStream(__filename),
  'readline.Interface': readline.createInterface({ input: new stream.Readable({ read() {} }) }),
  'events.addAbortListener': events.addAbortListener(new AbortController().signal, () => {}),
  'events.EventEmitter': new events.EventEmitter(),
};
for (const [name, obj] of Object.entries(rows)) console.log(name, kinds(obj));
timeout[Symbol.dispose]();
immediate[Symbol.dispose]();
for (const name of ['fs.Dir', 'readline.Interface']) rows[name][Symbol.dispose]();
for (const name of ['dgram.Socket', 'stream.Readable', 'stream.Writable', 'stream.Duplex', 'stream.PassThrough', 'fs.ReadStream']) {
  rows[name].on('error', () => {});
  rows[name][Symbol.asyncDispose]();
}
const p = stream.Readable.prototype[Symbol.asyncDispose];
console.log('same method on PassThrough:', stream.PassThrough.prototype[Symbol.asyncDispose] === p, p.length);

(async () => {
  const fh = await fsp.open(__filename);
  console.log('FileHandle', kinds(fh));
  await fh[Symbol.asyncDispose]();
  console.log('FileHandle fd after dispose', fh.fd);
})();
