'use strict';
// Reading a Blob: text (UTF-8 with replacement, BOM dropped), arrayBuffer,
// bytes; brand checks reject the promise.
async function main() {
  const b = new Blob(['h\u00e9llo ', new Uint8Array([0xff, 0x41])]);
  console.log(JSON.stringify(await b.text()));
  const ab = await b.arrayBuffer();
  console.log(ab instanceof ArrayBuffer, ab.byteLength);
  const bytes = await b.bytes();
  console.log(bytes instanceof Uint8Array, bytes.length, bytes[0], bytes[bytes.length - 1]);
  bytes[0] = 0;
  console.log('fresh copy each time', (await b.bytes())[0]);
  console.log(JSON.stringify(await new Blob([new Uint8Array([0xef, 0xbb, 0xbf, 0x61])]).text()));
  console.log(JSON.stringify(await new Blob([]).text()), (await new Blob([]).arrayBuffer()).byteLength);
  for (const name of ['text', 'arrayBuffer', 'bytes']) {
    const p = Blob.prototype[name].call({});
    console.log(name, p instanceof Promise);
    await p.catch((e) => console.log(name, e.name, e.code, e.message));
  }
  try {
    Object.getOwnPropertyDescriptor(Blob.prototype, 'size').get.call({});
  } catch (e) {
    console.log('size', e.name, e.code, e.message);
  }
  try {
    Blob.prototype.slice.call(1);
  } catch (e) {
    console.log('slice', e.name, e.code, e.message);
  }
  console.log(typeof b.stream);
}
main();
