'use strict';
// Bodies as ReadableStreams: `body` made on demand (a byte stream),
// bodyUsed only once read, locked bodies refused, ReadableStream as
// BodyInit (clone tees it), BYOB reads, cancel, and non-Uint8Array chunks.
const { ReadableStream } = require('stream/web');

function streamOf(...chunks) {
  return new ReadableStream({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(chunk);
      controller.close();
    },
  });
}

(async () => {
  const r = new Response('hello', { status: 201 });
  console.log(r);
  console.log(r.body === r.body, r.body instanceof ReadableStream, r.bodyUsed);
  const reader = r.body.getReader();
  console.log('locked', r.bodyUsed, r.body.locked);
  const first = await reader.read();
  console.log('read', first.done, first.value, r.bodyUsed);
  console.log('end', (await reader.read()).done);
  await r.text().catch((e) => console.log('text after read:', e.message));

  const touched = new Response('abc');
  void touched.body;
  console.log('touched', touched.bodyUsed, await touched.text(), touched.bodyUsed, touched.body.locked);

  const lockedOnly = new Response('x');
  lockedOnly.body.getReader().releaseLock();
  console.log('released', lockedOnly.bodyUsed, await lockedOnly.text());

  const held = new Response('y');
  held.body.getReader();
  await held.text().catch((e) => console.log('held:', e.message));

  const given = streamOf(new TextEncoder().encode('from '), new Uint8Array([115]));
  const r3 = new Response(given);
  console.log('given', r3.body === given, r3.headers.get('content-type'));
  const c3 = r3.clone();
  console.log('tee', await r3.text(), '|', await c3.text());

  await new Response(streamOf('str')).text().then((t) => console.log('string chunk', t),
    (e) => console.log('string chunk', e.name, e.message));

  const locked = new ReadableStream();
  locked.getReader();
  try {
    new Response(locked);
  } catch (e) {
    console.log(e.name, e.message);
  }

  const req = new Request('http://a.test', {
    method: 'POST',
    duplex: 'half',
    body: new ReadableStream({ pull(c) { c.enqueue(new Uint8Array([65])); c.close(); } }),
  });
  console.log('request stream', req.body instanceof ReadableStream, await req.text(), req.bodyUsed);

  const big = new Response(new Uint8Array(100000));
  let n = 0;
  for await (const chunk of big.body) n += chunk.length;
  console.log('iterated', n, big.bodyUsed);

  const byob = new Response('byob').body.getReader({ mode: 'byob' });
  const part = await byob.read(new Uint8Array(2));
  console.log('byob', part.done, part.value);

  const cancelled = new Response('dd');
  await cancelled.body.cancel();
  console.log('cancelled', cancelled.bodyUsed);

  console.log('null body', new Response(null).body, new Request('http://a.test').body);
  const blob = await new Response(streamOf(new Uint8Array([1, 2]))).blob();
  console.log(blob);
  const fromIterable = new Response((async function* gen() { yield 'a'; yield new Uint8Array([98]); })());
  const chunks = [];
  for await (const chunk of fromIterable.body) chunks.push(...chunk);
  console.log('iterable body', chunks);
})();
