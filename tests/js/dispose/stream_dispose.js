'use strict';
// stream[Symbol.asyncDispose](): a running stream is destroyed with an
// AbortError, which does not reject; a stream that failed rejects with its error.
const { Readable, Writable, addAbortSignal } = require('stream');

(async () => {
  const r = new Readable({ read() {} });
  r.on('error', (e) => console.log('readable error event:', e.name, e.code, e.message));
  r.on('close', () => console.log('readable close'));
  const p = r[Symbol.asyncDispose]();
  console.log('destroyed at once:', r.destroyed, p instanceof Promise);
  console.log('resolved with', await p);

  const done = Readable.from(['a', 'b']);
  const chunks = [];
  for await (const c of done) chunks.push(c);
  console.log('ended stream:', chunks.join(''), await done[Symbol.asyncDispose]());

  const w = new Writable({ write(chunk, enc, cb) { cb(); } });
  w.on('error', (e) => console.log('writable error event:', e.name));
  w.write('x');
  console.log('writable resolved with', await w[Symbol.asyncDispose](), w.destroyed);

  const failed = new Readable({ read() {} });
  failed.on('error', () => {});
  failed.destroy(new Error('boom'));
  await failed[Symbol.asyncDispose]().then(() => console.log('failed: resolved'), (e) => console.log('failed: rejects', e.message));

  const ac = new AbortController();
  const signalled = addAbortSignal(ac.signal, new Readable({ read() {} }));
  signalled.on('error', () => {});
  ac.abort();
  await new Promise((resolve) => setImmediate(resolve));
  await signalled[Symbol.asyncDispose]().then(() => console.log('aborted by a signal: resolved'),
    (e) => console.log('aborted by a signal: rejects', e.name, e.code));

  const aborted = new Readable({ read() {} });
  aborted.on('error', () => {});
  aborted.destroy(new (class extends Error { name = 'AbortError'; })('own abort'));
  await aborted[Symbol.asyncDispose]().then(() => console.log('own AbortError: resolved'), (e) => console.log('own AbortError: rejects', e.message));
})();
