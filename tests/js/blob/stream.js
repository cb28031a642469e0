// Blob#stream(): a byte stream (BYOB readers work) giving the contents in one chunk; an empty blob gives none.
'use strict';
(async () => {
  const b = new Blob([new Uint8Array(300000)]);
  const s = b.stream();
  console.log(s);
  const r = [];
  for await (const c of s) r.push(c.constructor.name, c.length);
  console.log(r);
  for await (const c of new Blob([]).stream()) console.log('chunk', c);
  const br = new Blob(['hello']).stream().getReader({ mode: 'byob' });
  const { value } = await br.read(new Uint8Array(3));
  console.log(Buffer.from(value).toString());
  console.log(await new Response(new Blob(['ab']).stream()).text());
  try { Blob.prototype.stream.call({}); } catch (e) { console.log(e.code, e.message); }
})();
