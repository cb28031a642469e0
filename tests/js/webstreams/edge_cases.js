'use strict';
// Edge cases of the web streams, each compared with node 24: cancel during
// pull, close/abort with writes in flight, tee cancel/error, transform
// flush errors and terminate, BYOB respond errors, ReadableStream.from
// failures, return() during a pending next(), pipes with preventClose and a
// destination erroring later, and the prototypes' shapes.
const out = [];
const L = (...a) => out.push(a.map((x) => typeof x === 'string' ? x : (x instanceof Error ? `${x.name}:${x.code}:${x.message}` : require('util').inspect(x, { depth: 1 }))).join(' '));
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const cases = {
  async cancelDuringPull() {
    const rs = new ReadableStream({ pull(c) { L('pull'); return sleep(2).then(() => { try { c.enqueue(1); } catch (e) { L('enqueue after cancel', e); } }); }, cancel(r) { L('cancel', r); } });
    const r = rs.getReader(); const p = r.read(); await sleep(0); await r.cancel('x'); L('read', await p);
  },
  async closeWithPendingWrites() {
    const ws = new WritableStream({ write(c) { L('w', c); return sleep(1); }, close() { L('close'); } });
    const w = ws.getWriter(); w.write(1); w.write(2); await w.close(); L('closed', ws);
  },
  async abortDuringClose() {
    const ws = new WritableStream({ close() { L('close'); return sleep(2); }, abort(r) { L('abort', r); } });
    const w = ws.getWriter();
    const c = w.close();
    const a = w.abort('why');
    L(await c.then(() => 'close ok', (e) => e), await a.then(() => 'abort ok', (e) => e));
  },
  async abortTwice() {
    const ws = new WritableStream({ write() { return sleep(2); }, abort(r) { L('abort', r); } });
    const w = ws.getWriter();
    w.write(1).catch(() => {});
    const a = w.abort('1');
    const b = w.abort('2');
    L(a === b, await a.then(() => 'ok', (e) => e), await b.then(() => 'ok', (e) => e));
  },
  async errorInWriteAfterAbort() {
    let ctl;
    const ws = new WritableStream({ start(c) { ctl = c; }, write() { return sleep(2).then(() => { throw new Error('late'); }); } });
    const w = ws.getWriter();
    const p = w.write(1);
    const a = w.abort('stop');
    L(await p.then(() => 'ok', (e) => e), await a.then(() => 'ok', (e) => e), ctl.signal.aborted, ctl.signal.reason);
  },
  async releaseWithPendingRead() {
    const rs = new ReadableStream();
    const r = rs.getReader();
    const p = r.read();
    r.releaseLock();
    L(await p.catch((e) => e));
    const r2 = rs.getReader();
    L(rs.locked); r2.releaseLock();
  },
  async teeCancelBoth() {
    const rs = new ReadableStream({ cancel(r) { L('src cancel', r); return 'x'; } });
    const [a, b] = rs.tee();
    const pa = a.cancel('A');
    const pb = b.cancel('B');
    L(await pa, await pb);
  },
  async teeErrorAfterChunk() {
    let c;
    const rs = new ReadableStream({ start(x) { c = x; } });
    const [a, b] = rs.tee();
    c.enqueue(1);
    c.error(new Error('E'));
    const ra = a.getReader(); L(await ra.read().catch((e) => e)); L(await b.getReader().read().catch((e) => e));
  },
  async transformFlushError() {
    const ts = new TransformStream({ flush() { throw new Error('F'); } });
    const w = ts.writable.getWriter();
    const r = ts.readable.getReader();
    L(await w.close().catch((e) => e)); L(await r.read().catch((e) => e));
  },
  async transformStartPromise() {
    const ts = new TransformStream({
      start() { return sleep(2).then(() => L('started')); },
      transform(c, ctl) {
        L('t', c);
        ctl.enqueue(c * 2);
      },
    });
    const w = ts.writable.getWriter(); w.write(1); w.close(); for await (const x of ts.readable) L('r', x);
  },
  async transformErrorReadableCancel() {
    const ts = new TransformStream({ cancel(r) { L('cancel', r); } });
    const w = ts.writable.getWriter();
    await ts.readable.cancel('c');
    L(await w.write(1).catch((e) => e));
    L(ts.writable);
  },
  async transformEnqueueAfterTerminate() {
    let ctl;
    const ts = new TransformStream({ start(c) { ctl = c; } });
    ctl.terminate();
    try { ctl.enqueue(1); } catch (e) { L('enqueue', e); } L(ctl.desiredSize);
    ctl.error(new Error('ignored'));
    L(await ts.readable.getReader().read());
  },
  async writerReadyBackpressure() {
    const ws = new WritableStream({ write() { return sleep(1); } }, { highWaterMark: 2 }); const w = ws.getWriter();
    const sizes = [];
    for (let i = 0; i < 4; i++) { w.write(i);
    sizes.push(w.desiredSize); } L(sizes);
    await w.ready;
    L('ready', w.desiredSize);
    await w.close();
    L(w.desiredSize);
  },
  async strategySizes() {
    const ws = new WritableStream({}, new ByteLengthQueuingStrategy({ highWaterMark: 10 }));
    const w = ws.getWriter();
    w.write(new Uint8Array(4));
    L(w.desiredSize);
    w.write(new Uint8Array(8));
    L(w.desiredSize);
    const rs = new ReadableStream({ start(c) { c.enqueue('abc');
    L(c.desiredSize); } }, { highWaterMark: 5, size: (s) => s.length });
    L(rs);
  },
  async byobRespondErrors() {
    let c;
    const rs = new ReadableStream({ type: 'bytes', start(x) { c = x; } });
    const r = rs.getReader({ mode: 'byob' });
    r.read(new Uint8Array(4));
    const req = c.byobRequest;
    try { req.respond(5); } catch (e) { L('respond 5', e); } try { req.respondWithNewView(new Uint8Array(2)); } catch (e) { L('new view', e); }
    try { req.respond(NaN); } catch (e) { L('respond NaN', e); } try { req.respond(Infinity); } catch (e) { L('respond Infinity', e); }
    L(rs);
  },
  async byobAfterCancel() {
    const rs = new ReadableStream({ type: 'bytes', cancel(r) { L('cancel', r); } });
    const r = rs.getReader({ mode: 'byob' });
    const p = r.read(new Uint8Array(3));
    await r.cancel('x');
    L(await p);
  },
  async readableFromErrors() {
    const rs = ReadableStream.from({ async *[Symbol.asyncIterator]() { yield 1; throw new Error('gen'); } });
    const r = rs.getReader();
    L(await r.read());
    L(await r.read().catch((e) => e));
    const bad = ReadableStream.from({ [Symbol.asyncIterator]() { return { next() { return 5; } }; } });
    L(await bad.getReader().read().catch((e) => e));
  },
  async iteratorReturnWhilePending() {
    let c;
    const rs = new ReadableStream({ start(x) { c = x; }, cancel(r) { L('cancel', r); } });
    const it = rs.values();
    const n = it.next();
    const ret = it.return('bye');
    c.enqueue(1);
    L(await n, await ret);
  },
  async pipeToPreventCloseThenWrite() {
    const ws = new WritableStream({ write(c) { L('w', c); } });
    await new ReadableStream({ start(c) { c.enqueue(1);
    c.close(); } }).pipeTo(ws, { preventClose: true });
    const w = ws.getWriter();
    await w.write(2);
    L(ws);
  },
  async pipeToDestErrorsLater() {
    let wc;
    const ws = new WritableStream({ start(c) { wc = c; } });
    const rs = new ReadableStream({ pull(c) { return sleep(1).then(() => c.enqueue('x')); }, cancel(r) { L('cancel', r.message); } });
    const p = rs.pipeTo(ws); await sleep(5); wc.error(new Error('dest')); L(await p.catch((e) => e));
  },
  async inspectThings() {
    const rs = new ReadableStream({ type: 'bytes' });
    const r = rs.getReader({ mode: 'byob' });
    L(r.constructor.name, Object.keys(r), String(r));
    L(Object.getOwnPropertyNames(ReadableStream.prototype));
    L(Object.getOwnPropertyNames(WritableStreamDefaultWriter.prototype));
    L(Object.getOwnPropertyNames(ReadableByteStreamController.prototype));
    L(ReadableStream.name, ReadableStream.length, WritableStream.length, TransformStream.length, ReadableStream.prototype.pipeTo.length, ReadableStream.from.length);
  },
};
(async () => { for (const [k, f] of Object.entries(cases)) { out.push(`-- ${k}`);
try { await f(); } catch (e) { L('THREW', e); } } console.log(out.join('\n')); })();
