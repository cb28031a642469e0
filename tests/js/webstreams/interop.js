'use strict';
// node:stream <-> web streams: Readable/Writable/Duplex .toWeb() and
// .fromWeb(), stream/consumers and Readable.from() reading a ReadableStream,
// error and cancel propagation across the bridge, argument errors.
const { Readable, Writable, Duplex, PassThrough } = require('stream');
const consumers = require('stream/consumers');
const { ReadableStream, WritableStream } = require('stream/web');

const later = (ms) => new Promise((res) => setTimeout(res, ms));
const web = (items) => new ReadableStream({
  start(c) {
    for (const x of items) c.enqueue(x);
    c.close();
  },
});

(async () => {
  const objects = Readable.toWeb(Readable.from(['a', 'b']));
  console.log(objects);
  for await (const c of objects) console.log('object chunk', c);

  const bytes = new Readable({ read() {} });
  bytes.push(Buffer.from('xy'));
  bytes.push(null);
  const reader = Readable.toWeb(bytes).getReader();
  console.log(await reader.read(), await reader.read());

  const fromWeb = Readable.fromWeb(web(['q', new Uint8Array([65])]));
  console.log(fromWeb.readableObjectMode, fromWeb.readableHighWaterMark);
  for await (const c of fromWeb) console.log('node chunk', c);
  for await (const c of Readable.fromWeb(web(['q']), { encoding: 'utf8' })) console.log('decoded', c);
  for await (const c of Readable.fromWeb(web([{ n: 1 }]), { objectMode: true })) console.log('object', c);

  const got = [];
  const ws = Writable.toWeb(new Writable({ write(c, e, cb) { got.push([c, e]); cb(); } }));
  console.log(ws);
  const w = ws.getWriter();
  await w.write('s');
  await w.write(new Uint8Array([1]));
  await w.close();
  console.log(got);

  const nw = Writable.fromWeb(new WritableStream({ write(c) { console.log('web got', c); } }));
  console.log(nw.writableObjectMode, nw.writableHighWaterMark);
  nw.write('hello');
  await new Promise((res) => nw.end(Buffer.from('z'), res));
  console.log('node writable finished');

  const d = Duplex.toWeb(new PassThrough());
  console.log(d);
  const dw = d.writable.getWriter();
  dw.write('pp');
  dw.close();
  for await (const c of d.readable) console.log('duplex', c);

  const nd = Duplex.fromWeb({
    readable: web(['r']),
    writable: new WritableStream({ write(c) { console.log('duplex wrote', c); } }),
  });
  nd.write('to web');
  nd.end();
  for await (const c of nd) console.log('from duplex', c);

  console.log('consumers.text', await consumers.text(web(['he', new TextEncoder().encode('llo')])));
  console.log('consumers.json', await consumers.json(web(['{"a":', '1}'])));
  console.log('consumers.buffer', await consumers.buffer(web([new Uint8Array([1, 2])])));
  for await (const c of Readable.from(web(['via', 'from']))) console.log('Readable.from', c);

  for (const t of [() => Readable.fromWeb(1), () => Readable.toWeb(1), () => Writable.fromWeb({}),
    () => Writable.toWeb(1), () => Duplex.fromWeb(1), () => Duplex.toWeb(1),
    () => Duplex.fromWeb({ readable: web([]), writable: 1 })]) {
    try { t(); console.log('no throw'); } catch (e) { console.log(e.code, e.message); }
  }

  const bad = new Readable({ read() { this.destroy(new Error('nope')); } });
  await Readable.toWeb(bad).getReader().read().catch((e) => console.log('web side errored:', e.message));
  const webErr = Readable.fromWeb(new ReadableStream({ pull(c) { c.error(new Error('web nope')); } }));
  webErr.on('error', (e) => console.log('node side errored:', e.message));
  await later(10);
  const cr = new Readable({ read() {}, destroy(e, cb) { console.log('node destroyed by cancel'); cb(e); } });
  await Readable.toWeb(cr).cancel('stop');
  Readable.fromWeb(new ReadableStream({ cancel() { console.log('web canceled by destroy'); } })).destroy();
  await later(10);
})();
