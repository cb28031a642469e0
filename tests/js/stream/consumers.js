'use strict';
// stream/consumers: text, json, buffer, arrayBuffer, bytes, blob.
const consumers = require('stream/consumers');
const { Readable } = require('stream');

async function main() {
  console.log(Object.keys(consumers));
  console.log(await consumers.text(Readable.from(['a', Buffer.from('b')])));
  console.log(await consumers.json(Readable.from(['{"a":', '[1, 2]}'])));
  console.log(await consumers.buffer(Readable.from(['ab', new Uint8Array([99])])));
  const ab = await consumers.arrayBuffer(Readable.from(['ab']));
  console.log(ab instanceof ArrayBuffer, ab.byteLength);
  const u8 = await consumers.bytes(Readable.from(['ab']));
  console.log(u8 instanceof Uint8Array, Buffer.isBuffer(u8), [...u8]);
  const b = await consumers.blob(Readable.from(['ab', 'c']));
  console.log(b.size, b.type, await b.text());
  // A character split across chunks of an async generator.
  console.log(JSON.stringify(await consumers.text((async function* () {
    yield 'x';
    yield new Uint8Array([0xe2, 0x82]);
    yield new Uint8Array([0xac]);
  })())) === JSON.stringify('x\u20ac'));
  try {
    await consumers.json(Readable.from(['{']));
  } catch (e) {
    console.log('json', e.name);
  }
  try {
    await consumers.text(Readable.from([5]));
  } catch (e) {
    console.log('text', e.name, e.code);
  }
  try {
    await consumers.text(5);
  } catch (e) {
    console.log('not iterable', e.name);
  }
}
main();
