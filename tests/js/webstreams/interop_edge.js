'use strict';
// More cases compared with node 24: inspect of controllers, writers and BYOB
// requests; toWeb/fromWeb strategies, backpressure, errors and options;
// TextDecoderStream BOM and split sequences; TextEncoderStream coercion;
// stream/consumers on web streams; prototype shapes of the globals.
const out = [];
const util = require('util');
const L = (...a) => out.push(a.map((x) => typeof x === 'string' ? x : (x instanceof Error ? `${x.name}:${x.code}:${x.message}` : util.inspect(x, { depth: 2 }))).join(' '));
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const { Readable, Writable, Duplex } = require('stream');
const cases = {
  async inspects() {
    let rc, bc, wc, tc;
    const rs = new ReadableStream({ start(c) { rc = c; } });
    const bs = new ReadableStream({ type: 'bytes', start(c) { bc = c; } });
    const ws = new WritableStream({ start(c) { wc = c; } });
    const ts = new TransformStream({ start(c) { tc = c; } });
    L(rc, bc, tc.desiredSize);
    L(util.inspect(ws, { depth: 0 }), util.inspect(ts, { depth: 0 }));
    L(util.inspect([rs, ws], { compact: false }));
    const w = ws.getWriter(); L(util.inspect(w, { depth: 0 }));
    L(Object.prototype.toString.call(rc), Object.prototype.toString.call(w), `${new CountQueuingStrategy({ highWaterMark: 1 })}`);
    const br = bs.getReader({ mode: 'byob' }); br.read(new Uint8Array(2)); L(bc.byobRequest);
  },
  async toWebStrategy() {
    const r = new Readable({ read() {} }); for (let i = 0; i < 5; i++) r.push(Buffer.from('ab')); r.push(null);
    const w = Readable.toWeb(r, { strategy: { highWaterMark: 1 } });
    const rd = w.getReader();
    const got = [];
    for (;;) { const { done, value } = await rd.read(); if (done) break; got.push(value.length); } L(got);
  },
  async writableToWebBackpressure() {
    const seen = [];
    const nw = new Writable({ highWaterMark: 2, write(c, e, cb) { seen.push(c.toString()); setTimeout(cb, 1); } });
    const ws = Writable.toWeb(nw);
    const w = ws.getWriter();
    L(w.desiredSize);
    const ps = ['a', 'b', 'c'].map((x) => w.write(x));
    L(w.desiredSize);
    await Promise.all(ps);
    await w.close();
    L(seen, nw.writableFinished);
  },
  async writableToWebError() {
    const nw = new Writable({ write(c, e, cb) { cb(new Error('nope')); } });
    nw.on('error', () => {});
    const w = Writable.toWeb(nw).getWriter();
    L(await w.write('x').then(() => 'ok', (e) => e));
    L(await w.closed.then(() => 'ok', (e) => e));
  },
  async fromWebObjectMode() {
    const r = Readable.fromWeb(new ReadableStream({ start(c) { c.enqueue(1);
    c.enqueue({ a: 1 });
    c.close(); } }), { objectMode: true });
    const got = []; for await (const x of r) got.push(x); L(got, r.readableObjectMode, r.readableHighWaterMark);
    const bad = Readable.fromWeb(new ReadableStream({ start(c) { c.enqueue(1); c.close(); } }));
    bad.on('error', (e) => L('bad chunk', e)); bad.resume(); await sleep(5);
  },
  async fromWebOptionsErrors() {
    try { Readable.fromWeb(new ReadableStream(), 1); } catch (e) { L(e); }
    try { Writable.fromWeb(new WritableStream(), 'x'); } catch (e) { L(e); }
    const locked = new ReadableStream(); locked.getReader(); try { Readable.fromWeb(locked); } catch (e) { L(e); }
  },
  async duplexFromWebOptions() {
    const d = Duplex.fromWeb({ readable: new ReadableStream({ start(c) { c.enqueue('s');
    c.close(); } }), writable: new WritableStream() }, { encoding: 'utf8' });
    const got = []; for await (const x of d) got.push(x); L(got, d.readableEncoding);
  },
  async textDecoderStreamBOM() {
    const d = new TextDecoderStream('utf-8', { ignoreBOM: true });
    const w = d.writable.getWriter();
    w.write(new Uint8Array([0xef, 0xbb, 0xbf, 0x41]));
    w.close();
    const got = []; for await (const x of d.readable) got.push(x); L(got.map((s) => s.charCodeAt(0)));
    const d2 = new TextDecoderStream();
    const w2 = d2.writable.getWriter();
    w2.write(new Uint8Array([0xef, 0xbb]));
    w2.write(new Uint8Array([0xbf, 0x42]));
    w2.write(new Uint8Array([0xf0, 0x9f]));
    w2.close();
    const got2 = []; for await (const x of d2.readable) got2.push(x); L(got2);
  },
  async textEncoderWeird() {
    const e = new TextEncoderStream();
    const w = e.writable.getWriter();
    w.write(undefined);
    w.write(null);
    w.write({ toString() { return 'obj'; } });
    w.write('');
    w.close();
    const got = []; for await (const x of e.readable) got.push(Buffer.from(x).toString()); L(got);
  },
  async consumersOnWeb() {
    const c = require('stream/consumers');
    L(await c.arrayBuffer(new ReadableStream({ start(x) { x.enqueue(new Uint8Array([1, 2])); x.close(); } })));
    L(await c.blob(new ReadableStream({ start(x) { x.enqueue(new Uint8Array([1, 2])); x.close(); } })).then((b) => b.size));
    L(await c.text(new ReadableStream({ start(x) { x.error(new Error('E')); } })).catch((e) => e));
  },
  async globalsShape() {
    L(Object.getOwnPropertyDescriptor(globalThis, 'ReadableStream') && Object.keys(Object.getOwnPropertyDescriptor(globalThis, 'ReadableStream')));
    L(typeof ReadableStream.prototype[Symbol.asyncIterator], ReadableStream.prototype[Symbol.asyncIterator] === ReadableStream.prototype.values);
    L(Object.getOwnPropertyNames(TransformStreamDefaultController.prototype), Object.getOwnPropertyNames(WritableStreamDefaultController.prototype));
    L(Object.getOwnPropertyNames(ReadableStreamBYOBRequest.prototype), Object.getOwnPropertyNames(ReadableStreamBYOBReader.prototype));
  },
};
(async () => { for (const [k, f] of Object.entries(cases)) { out.push(`-- ${k}`);
try { await f(); } catch (e) { L('THREW', e); } } console.log(out.join('\n')); })();
