'use strict';
// tee (default and byte streams, cancel of both branches), async iteration
// (job timing of next(), break cancels, preventCancel), ReadableStream.from,
// TextEncoderStream/TextDecoderStream, the queuing strategies and the globals.

const log = [];
const say = (...a) => log.push(a.map((x) => (typeof x === 'string' ? x : require('util').inspect(x))).join(' '));
const fail = (tag) => (e) => say(tag, e.name, e.code, e.message);

function source(items, name = 'source') {
  return new ReadableStream({
    start(c) {
      for (const x of items) c.enqueue(x);
      c.close();
    },
    cancel(reason) { say(name, 'cancel', reason); },
  });
}

async function tee() {
  const [a, b] = source([1, 2, 3]).tee();
  const ra = a.getReader();
  say('a', await ra.read(), await ra.read());
  const all = [];
  for await (const x of b) all.push(x);
  say('b all', all, 'a rest', await ra.read(), await ra.read());

  const [c, d] = new ReadableStream({
    pull(ctl) { ctl.enqueue('x'); },
    cancel(reason) { say('tee source cancel', reason); },
  }).tee();
  const cDone = c.cancel('c reason').then(() => say('c cancel resolved'));
  say('one branch canceled');
  await d.cancel('d reason');
  await cDone;

  let ctl;
  const [e, f] = new ReadableStream({ start(x) { ctl = x; } }).tee();
  const er = e.getReader().closed.catch((err) => say('branch e errored', err.message));
  const fr = f.getReader().closed.catch((err) => say('branch f errored', err.message));
  ctl.error(new Error('source failed'));
  await Promise.all([er, fr]);

  const bytes = new ReadableStream({
    type: 'bytes',
    start(c2) {
      c2.enqueue(new Uint8Array([1, 2, 3]));
      c2.close();
    },
  });
  const [g, h] = bytes.tee();
  say('byte branches', g, h);
  const gr = g.getReader({ mode: 'byob' });
  say('g byob', await gr.read(new Uint8Array(2)));
  const hr = h.getReader();
  const first = await hr.read();
  say('h default', first, 'copies differ', first.value.buffer !== undefined);
  say('g rest', await gr.read(new Uint8Array(4)), await gr.read(new Uint8Array(4)));
  say('h end', await hr.read());
}

function ticks(logTo, n = 6) {
  let i = 0;
  const step = () => {
    logTo.push(`t${++i}`);
    if (i < n) return Promise.resolve().then(step);
    return undefined;
  };
  Promise.resolve().then(step);
}

async function iteration() {
  const order = [];
  const s = source(['p', 'q']);
  (async () => {
    for await (const x of s) order.push(x);
    order.push('end');
  })();
  ticks(order);
  await new Promise((res) => setTimeout(res, 5));
  say('for await timing', order.join(' '));

  const order2 = [];
  const it = source([1, 2, 3]).values();
  it.next().then((r) => order2.push(`n${r.value}`));
  it.next().then((r) => order2.push(`n${r.value}`));
  ticks(order2, 8);
  await new Promise((res) => setTimeout(res, 5));
  say('queued next() timing', order2.join(' '));

  const broken = source([1, 2, 3], 'broken');
  for await (const x of broken) {
    say('got', x, 'then break');
    break;
  }
  say('after break', broken);

  const kept = source([1, 2, 3], 'kept');
  for await (const x of kept.values({ preventCancel: true })) {
    say('got', x, 'then break with preventCancel');
    break;
  }
  say('after preventCancel break', kept, await kept.getReader().read());

  const erroring = new ReadableStream({ pull(c) { c.error(new Error('iter boom')); } });
  try {
    for await (const x of erroring) say('never', x);
  } catch (e) {
    say('iteration threw', e.message);
  }
  const it2 = source([1]).values();
  say('return', await it2.return('r'), 'next after return', await it2.next());
  say(Object.prototype.toString.call(it2), Object.getPrototypeOf(Object.getPrototypeOf(it2)) ===
    Object.getPrototypeOf(Object.getPrototypeOf(async function* () {}).prototype));
}

async function from() {
  const fromArray = [];
  for await (const x of ReadableStream.from([1, Promise.resolve(2), 3])) fromArray.push(x);
  say('from array', fromArray);
  async function* gen() {
    try {
      yield 'a';
      yield 'b';
    } finally {
      say('generator finally');
    }
  }
  const rs = ReadableStream.from(gen());
  const r = rs.getReader();
  say(await r.read());
  await r.cancel('stop');
  for (const bad of [1, { [Symbol.asyncIterator]: 1 }]) {
    try { ReadableStream.from(bad); } catch (e) { fail('from')(e); }
  }
}

async function text() {
  const enc = new TextEncoderStream();
  say(enc);
  const w = enc.writable.getWriter();
  w.write('a\ud83d');
  w.write('\ude00b');
  w.write(12);
  w.write('\ud800');
  w.close();
  for await (const c of enc.readable) say('encoded', c);

  const dec = new TextDecoderStream('utf-16le', { ignoreBOM: false });
  say(dec.encoding, dec.fatal, dec.ignoreBOM);
  const dw = dec.writable.getWriter();
  dw.write(new Uint8Array([0xff, 0xfe, 0x41]));
  dw.write(new Uint8Array([0x00, 0x42]));
  dw.write(new Uint8Array([0x00]).buffer);
  dw.close();
  for await (const c of dec.readable) say('decoded', c);

  const fatal = new TextDecoderStream('utf-8', { fatal: true });
  const fw = fatal.writable.getWriter();
  const fr = fatal.readable.getReader();
  fw.write(new Uint8Array([0xe2, 0x82])).catch(() => {});
  fw.close().catch((e) => say('fatal close', e.name, e.code));
  await fr.read().catch((e) => say('fatal read', e.name, e.code, e.message));

  const typed = new TextDecoderStream();
  const tw = typed.writable.getWriter();
  const tr = typed.readable.getReader();
  tw.write('not bytes').catch(() => {});
  await tr.read().catch(fail('string into decoder'));
  try { new TextDecoderStream('nope'); } catch (e) { fail('bad label')(e); }
}

function strategies() {
  const count = new CountQueuingStrategy({ highWaterMark: '3' });
  const bytes = new ByteLengthQueuingStrategy({ highWaterMark: 16 });
  say(count, bytes, count.highWaterMark, typeof count.highWaterMark);
  say(count.size, count.size(), bytes.size(new Uint8Array(5)), count.size === new CountQueuingStrategy({
    highWaterMark: 1 }).size);
  for (const t of [() => new CountQueuingStrategy(), () => new CountQueuingStrategy({}),
    () => new ByteLengthQueuingStrategy(5)]) {
    try { t(); say('no throw'); } catch (e) { fail('strategy')(e); }
  }
  const names = Object.getOwnPropertyNames(globalThis).filter((n) =>
    /^(Readable|Writable|Transform|ByteLength|CountQueuing|TextEncoderStream|TextDecoderStream)/.test(n));
  say('globals', names.sort().join(' '));
  say('same classes', ReadableStream === require('stream/web').ReadableStream,
    Object.keys(globalThis).includes('ReadableStream'));
  say(Object.prototype.toString.call(new ReadableStream()), String(Object.keys(ReadableStream.prototype)));
  // CompressionStream/DecompressionStream are left out: Jolt has no zlib yet.
  const web = require('stream/web');
  say('stream/web', Object.keys(web).filter((k) => !/ompressionStream/.test(k)).join(' '));
  say('ReadableStreamTee', web.ReadableStreamTee(source([1])).length);
  try { web.ReadableStreamTee(1); } catch (e) { fail('ReadableStreamTee(1)')(e); }
}

(async () => {
  await tee();
  await iteration();
  await from();
  await text();
  strategies();
  console.log(log.join('\n'));
})();
