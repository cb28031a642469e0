'use strict';
// The body mixin: each way of reading, bodyUsed, reading twice, BodyInit
// kinds, clone before reading, and the errors Node gives.
const { settle: show } = require('./helpers/report');

(async () => {
  const r = new Response('{"a":[1,2]}');
  console.log(r.bodyUsed);
  await show('json', r.json());
  console.log(r.bodyUsed);
  await show('text again', r.text());
  await show('arrayBuffer again', r.arrayBuffer());
  await show('bytes again', r.bytes());
  await show('blob again', r.blob());
  await show('formData again', r.formData());

  await show('text', new Response('h\u00e9llo \ud83d\ude00').text());
  await show('bom dropped', new Response('\ufeffabc').text());
  await show('bad utf8', new Response(new Uint8Array([0xff, 0x41])).text().then((t) => [...t].map((c) => c.codePointAt(0))));
  await show('bytes', new Response('abc').bytes());
  const ab = await new Response('abc').arrayBuffer();
  console.log(ab instanceof ArrayBuffer, ab.byteLength, [...new Uint8Array(ab)]);
  const blob = await new Response('abc', { headers: { 'content-type': 'X/Y' } }).blob();
  console.log(blob instanceof Blob, blob.size, blob.type, await blob.text());
  const blob2 = await new Response(new Uint8Array([1, 2, 3])).blob();
  console.log(blob2.size, JSON.stringify(blob2.type));
  await show('null text', new Response(null).text());
  await show('null bytes', new Response(null).bytes());
  await show('null json', new Response(null).json().catch((e) => e.name));
  await show('bad json', new Response('{x').json().catch((e) => e.name));

  // BodyInit kinds.
  const view = new Uint8Array([0, 104, 105, 0]).subarray(1, 3);
  await show('view', new Response(view).text());
  await show('DataView', new Response(new DataView(new Uint8Array([111, 107]).buffer)).text());
  await show('ArrayBuffer', new Response(new Uint8Array([65, 66]).buffer).text());
  await show('Blob', new Response(new Blob(['b', 'lob'])).text());
  await show('URLSearchParams', new Response(new URLSearchParams({ a: '1 2', b: '\u00e9' })).text());
  await show('number', new Response(42).text());
  await show('object', new Response({}).text());
  await show('async iterable', new Request('http://a.test', {
    method: 'POST',
    duplex: 'half',
    body: (async function* gen() { yield 'a'; yield new Uint8Array([98]); yield Buffer.from('c'); })(),
  }).text());

  // The bytes of a body are copied when it is made.
  const source = new Uint8Array([120]);
  const fromView = new Response(source);
  source[0] = 121;
  await show('copied', fromView.text());

  // Reading a clone leaves the original readable.
  const orig = new Response('twice');
  const copy = orig.clone();
  await show('clone', copy.text());
  console.log(orig.bodyUsed, copy.bodyUsed);
  await show('original', orig.text());

  // formData() for urlencoded bodies and the Content-Type check.
  const urlencoded = (body, type) => new Response(body, { headers: { 'content-type': type } }).formData();
  await show('urlencoded', urlencoded('a=1&b=2&a=3&c=x+y%21', 'application/x-www-form-urlencoded').then((fd) => [...fd]));
  await show('urlencoded params', urlencoded('k=v', 'Application/X-WWW-Form-Urlencoded; charset=UTF-8').then((fd) => [...fd]));
  await show('from URLSearchParams', new Response(new URLSearchParams('q=1&q=2')).formData().then((fd) => fd.getAll('q')));
  await show('no type', new Response('a=1').formData());
  await show('text type', urlencoded('a=1', 'text/plain'));
  await show('no boundary', urlencoded('x', 'multipart/form-data'));

  await show('illegal text', Response.prototype.text.call({}));
  await show('illegal json', Request.prototype.json.call(new Response('1')));
  console.log(await Response.prototype.text.call(new Response('borrowed')));
})();
