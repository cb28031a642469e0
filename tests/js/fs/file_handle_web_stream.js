'use strict';
// FileHandle.readableWebStream(): a byte stream of the file (default and
// BYOB readers), the handle locked to it, the handle's close() ending it,
// autoClose, and option errors.
const fs = require('fs');
const fsp = require('fs/promises');
require('./helpers/tmp');

fs.writeFileSync('in.txt', 'hello web streams');

async function main() {
  let fh = await fsp.open('in.txt');
  const s = fh.readableWebStream();
  try {
    fh.readableWebStream();
  } catch (err) {
    console.log('second stream', err.name, err.code, err.message);
  }
  const parts = [];
  for await (const chunk of s) parts.push(`${chunk.constructor.name}:${Buffer.from(chunk)}`);
  console.log('read', parts, 'handle still open', fh.fd > 0);
  await fh.close();

  fh = await fsp.open('in.txt');
  fh.close();
  try {
    fh.readableWebStream();
  } catch (err) {
    console.log('after close()', err.code, err.message);
  }

  fh = await fsp.open('in.txt');
  for (const options of [1, { autoClose: 1 }]) {
    try {
      fh.readableWebStream(options);
    } catch (err) {
      console.log('options', err.code, err.message);
    }
  }
  await fh.close();

  fh = await fsp.open('in.txt');
  for await (const chunk of fh.readableWebStream({ autoClose: true })) parts.push(chunk.length);
  console.log('autoClose', fh.fd);

  fh = await fsp.open('in.txt');
  const reader = fh.readableWebStream().getReader();
  const closing = fh.close();
  await reader.closed;
  console.log('reader closed by handle close');
  await closing;
  console.log('fd', fh.fd);

  fh = await fsp.open('in.txt');
  const byob = fh.readableWebStream().getReader({ mode: 'byob' });
  const { value } = await byob.read(new Uint8Array(5));
  const { value: next } = await byob.read(new DataView(new ArrayBuffer(3)));
  console.log('byob', value.constructor.name, Buffer.from(value).toString(), next.constructor.name, next.byteLength);
  await byob.cancel();
  console.log('cancelled, handle open', fh.fd > 0);
  await fh.close();
}

main();
