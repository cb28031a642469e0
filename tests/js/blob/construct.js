'use strict';
// new Blob(parts, options): strings as UTF-8, buffers and views copied,
// Blobs by content, anything else as a string; type and endings options.
const { attempt } = require('../fixtures/attempt');
const b = new Blob(['abc', new Uint8Array([100, 101]), new ArrayBuffer(2), new Blob(['zz']),
  new DataView(new ArrayBuffer(1)), new Uint16Array([1, 2])]);
console.log(b, b.size, JSON.stringify(b.type));
console.log(new Blob().size, new Blob(undefined).size, new Blob([]).size, new Blob([], null).size);
console.log(new Blob([1, 2, {}, null]).size);
console.log(new Blob(['\u00e9']).size, new Blob(['\ud800']).size, new Blob(['\u{1F600}']).size);
console.log(new Blob(new Set(['ab', 'c'])).size);
for (const type of ['Text/HTML', 'a b', 'a\u0100', 'a\x7f', 'tab\there', 1, '']) {
  console.log(JSON.stringify(type), JSON.stringify(new Blob([], { type }).type));
}
console.log(new Blob(['a\nb\r\nc\rd'], { endings: 'native' }).size, new Blob(['a\nb\r\nc'], { endings: 'transparent' }).size);
console.log(new Blob([new Blob(['a\r\n'])], { endings: 'native' }).size);
attempt('string parts', () => new Blob('abc'));
attempt('number parts', () => new Blob(1));
attempt('null parts', () => new Blob(null));
attempt('non-iterable object', () => new Blob({}));
attempt('number options', () => new Blob([], 1));
attempt('bad endings', () => new Blob([], { endings: 'bogus' }));
const src = new Uint8Array([1, 2, 3]);
const copy = new Blob([src]);
src[0] = 9;
copy.bytes().then((bytes) => console.log('copied at construction', bytes[0]));
console.log(Blob.length, Blob.name, Object.prototype.toString.call(b));
new Blob(['a\rb\r\nc\n'], { endings: 'native' }).text().then((t) => console.log('native', JSON.stringify(t)));
new Blob(['a\rb\r\nc\n']).text().then((t) => console.log('transparent', JSON.stringify(t)));
