'use strict';
// pipeline(): success, a failing middle stream destroys all, generator and
// async function stages, the promise version with signal and end: false.
const { pipeline, Readable, Writable, Transform, PassThrough } = require('stream');
const promises = require('stream/promises');

const { phase } = require('./helpers/phases');

let current;
const log = (current = phase('main'));
function sink(label, out, log = current) {
  return new Writable({
    objectMode: true,
    write(chunk, enc, cb) { out.push(String(chunk)); cb(); },
  }).on('close', () => log(label, 'sink close'));
}

const out1 = [];
const up = new Transform({ transform(c, e, cb) { cb(null, String(c).toUpperCase()); } });
const ret = pipeline(Readable.from(['a', 'b']), up, sink('ok', out1), (err, val) => {
  log('ok done', err, val, out1);
});
log('pipeline returns last', ret instanceof Writable);

setTimeout(() => {
  const log = (current = phase('part 1'));
  const src = new Readable({ read() {} });
  const mid = new Transform({ transform(c, e, cb) { cb(new Error('transform failed')); } });
  const dst = new PassThrough();
  for (const [n, s] of [['src', src], ['mid', mid], ['dst', dst]]) {
    s.on('close', () => log(n, 'close', 'destroyed', s.destroyed));
  }
  pipeline(src, mid, dst, (err) => log('fail done', err.message));
  src.push('x');
}, 10);

setTimeout(() => {
  const log = (current = phase('part 2'));
  const out = [];
  pipeline(
    function* source() { yield 'one'; yield 'two'; },
    async function* double(input) { for await (const x of input) yield x + x; },
    sink('gen', out),
    (err) => log('gen done', err, out),
  );
}, 30);

setTimeout(() => {
  const log = (current = phase('part 3'));
  pipeline(
    Readable.from(['a', 'b', 'c']),
    async function(input) {
      let s = '';
      for await (const x of input) s += x;
      return s;
    },
    (err, val) => log('async fn done', err, val),
  );
}, 50);

setTimeout(async () => {
  const log = (current = phase('part 4'));
  const out = [];
  await promises.pipeline(Readable.from(['p', 'q']), sink('promise', out, log));
  log('promise done', out);
  try {
    await promises.pipeline(
      Readable.from(['x']),
      async function* (input) { for await (const x of input) throw new Error(`bad ${x}`); },
      sink('reject', [], log),
    );
  } catch (e) {
    log('promise rejected', e.message);
  }
  const ac = new AbortController();
  const never = new Readable({ read() {} });
  const p = promises.pipeline(never, new PassThrough(), { signal: ac.signal });
  ac.abort();
  try {
    await p;
  } catch (e) {
    log('aborted', e.name, e.code, 'src destroyed', never.destroyed);
  }
  const keep = new PassThrough();
  await promises.pipeline(Readable.from(['k']), keep, { end: false });
  log('end false: keep writable', keep.writable);
}, 70);

setTimeout(() => {
  const log = (current = phase('part 5'));
  const errs = [
    () => pipeline(),
    () => pipeline(new PassThrough(), new PassThrough()),
    () => pipeline(new PassThrough(), () => {}),
    () => pipeline(() => 5, new PassThrough(), () => {}),
    () => pipeline([1], () => 5, new PassThrough(), () => {}),
    () => pipeline([1], () => 5, () => {}),
    () => pipeline(5, new PassThrough(), () => {}),
  ];
  for (const f of errs) {
    try {
      f();
      log('no throw');
    } catch (e) {
      log(e.code, e.message);
    }
  }
}, 120);

setTimeout(() => {
  const log = (current = phase('part 6'));
  // The destination closing early is a premature close.
  const src = new Readable({ read() {} });
  const dst = new PassThrough();
  pipeline(src, dst, (err) => log('premature', err && err.code, 'src destroyed', src.destroyed));
  dst.destroy();
}, 140);
