'use strict';
// Byte streams: BYOB reads with respond/respondWithNewView, min, element
// sizes, autoAllocateChunkSize for default readers, enqueue into pending
// reads, releaseLock with a pending pull-into, and the argument errors.
const { ReadableStream, ReadableStreamBYOBReader } = require('stream/web');

const log = [];
const say = (...a) => log.push(a.map((x) => (typeof x === 'string' ? x : require('util').inspect(x))).join(' '));
const fail = (tag) => (e) => say(tag, e.name, e.code, e.message);

async function byob() {
  let pulls = 0;
  const rs = new ReadableStream({
    type: 'bytes',
    pull(c) {
      pulls++;
      const req = c.byobRequest;
      say('pull', pulls, 'view', req.view.constructor.name, req.view.byteOffset, req.view.byteLength);
      if (pulls === 1) {
        req.view.set([1, 2, 3]);
        req.respond(3);
      } else if (pulls === 2) {
        const v = new Uint8Array(req.view.buffer, req.view.byteOffset, 2);
        v.set([9, 8]);
        req.respondWithNewView(v);
      } else if (pulls === 3) {
        req.view[0] = 0xff;
        req.view[1] = 0x01;
        req.view[2] = 0x02;
        req.respond(3);
      } else {
        c.close();
        req.respond(0);
      }
    },
  });
  say(rs);
  const r = rs.getReader({ mode: 'byob' });
  const buf = new Uint8Array(8);
  const first = await r.read(buf);
  say('first', first.value, first.done, 'original detached', buf.byteLength);
  say('second', (await r.read(new Uint8Array(first.value.buffer))).value);
  const wide = await r.read(new Uint16Array(2), { min: 1 });
  say('wide', wide.value, wide.done);
  const last = await r.read(new Uint8Array(4));
  say('last', last.value, last.done);
  say('after close', await r.read(new Uint8Array(2)));
}

async function defaultReaderOnBytes() {
  const rs = new ReadableStream({
    type: 'bytes',
    autoAllocateChunkSize: 4,
    pull(c) {
      const v = c.byobRequest.view;
      say('auto view', v.byteLength);
      v[0] = 42;
      c.byobRequest.respond(1);
      if (v.byteOffset === 0) c.close();
    },
  });
  const r = rs.getReader();
  say('auto read', await r.read());
  say('auto end', await r.read());

  let ctl;
  const q = new ReadableStream({ type: 'bytes', start(c) { ctl = c; } });
  const qr = q.getReader();
  const pending = qr.read();
  ctl.enqueue(new Uint8Array([5, 6]));
  say('pending filled', await pending);
  const src = new Uint8Array([7, 8, 9]);
  ctl.enqueue(src);
  say('enqueued buffer detached', src.byteLength, 'desiredSize', ctl.desiredSize);
  say('queued read', await qr.read());
  qr.releaseLock();
  const br = q.getReader({ mode: 'byob' });
  ctl.enqueue(new Uint8Array([1, 2, 3, 4, 5]));
  say('byob from queue', await br.read(new Uint8Array(2)));
  say('byob rest', await br.read(new Uint8Array(8)));
  ctl.close();
  say('byob closed', await br.read(new Uint8Array(1)));
}

async function minAndRelease() {
  let ctl;
  const rs = new ReadableStream({ type: 'bytes', start(c) { ctl = c; } });
  const r = rs.getReader({ mode: 'byob' });
  const p = r.read(new Uint8Array(6), { min: 4 });
  ctl.enqueue(new Uint8Array([1, 2]));
  say('after 2 bytes, byobRequest view', ctl.byobRequest && ctl.byobRequest.view.byteLength);
  ctl.enqueue(new Uint8Array([3, 4, 5]));
  say('min 4', await p);
  const pending = r.read(new Uint8Array(4));
  const req = ctl.byobRequest;
  r.releaseLock();
  await pending.catch(fail('pending byob read on release'));
  req.view[0] = 77;
  req.respond(1);
  const dr = rs.getReader();
  say('released pull-into enqueued', await dr.read());
  try { req.respond(1); } catch (e) { fail('respond twice')(e); }
}

async function errors() {
  const tries = [
    () => new ReadableStream({ type: 'bytes' }, { size() { return 1; } }),
    () => new ReadableStream({ type: 'bytes', autoAllocateChunkSize: 0 }),
    () => new ReadableStream({ type: 'bytes', start(c) { c.enqueue('x'); } }),
    () => new ReadableStream({ type: 'bytes', start(c) { c.enqueue(new Uint8Array(0)); } }),
    () => new ReadableStream({ type: 'bytes', start(c) { c.close(); c.close(); } }),
    () => new ReadableStream({ type: 'bytes', start(c) { c.error(); c.close(); } }),
    () => new ReadableStreamBYOBReader(new ReadableStream()),
    () => new (require('stream/web').ReadableStreamBYOBRequest)(),
    () => new (require('stream/web').ReadableByteStreamController)(),
  ];
  for (const t of tries) {
    try { t(); say('no throw'); } catch (e) { fail('throws')(e); }
  }
  const r = new ReadableStream({ type: 'bytes' }).getReader({ mode: 'byob' });
  await r.read().catch(fail('read()'));
  await r.read(new ArrayBuffer(2)).catch(fail('read(ArrayBuffer)'));
  await r.read(new Uint8Array(0)).catch(fail('read(empty)'));
  await r.read(new Uint8Array(2), { min: 0 }).catch(fail('min 0'));
  await r.read(new Uint16Array(2), { min: 3 }).catch(fail('min > length'));
  await r.read(new DataView(new ArrayBuffer(2)), { min: 3 }).catch(fail('min > byteLength'));
  const buf = new Uint8Array(4);
  structuredClone(buf.buffer, { transfer: [buf.buffer] });
  await r.read(buf).catch(fail('detached'));

  let ctl;
  const partial = new ReadableStream({ type: 'bytes', start(c) { ctl = c; } });
  const pr = partial.getReader({ mode: 'byob' });
  const p = pr.read(new Uint16Array(2));
  ctl.byobRequest.view[0] = 1;
  ctl.byobRequest.respond(1);
  try { ctl.close(); } catch (e) { say('close with partial element', e.name); }
  await p.catch((e) => say('read rejected', e.name));
}

(async () => {
  await byob();
  await defaultReaderOnBytes();
  await minAndRelease();
  await errors();
  console.log(log.join('\n'));
})();
