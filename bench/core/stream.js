'use strict';
// node:stream throughput: small chunks through pipelines, per op.
const { benchAsync } = require('./harness');
const { Readable, Writable, Transform, pipeline } = require('stream');

const kChunks = 1000;
const chunk = Buffer.alloc(16, 1);

function pushThrough() {
  return new Promise((resolve, reject) => {
    let i = 0;
    const src = new Readable({
      read() {
        while (i < kChunks) {
          i++;
          if (!this.push(chunk)) return;
        }
        this.push(null);
      },
    });
    const t = new Transform({ transform(c, e, cb) { cb(null, c); } });
    let bytes = 0;
    const dst = new Writable({ write(c, e, cb) { bytes += c.length; cb(); } });
    pipeline(src, t, dst, (err) => (err ? reject(err) : resolve(bytes)));
  });
}

const objects = Array.from({ length: kChunks }, (_, i) => ({ i }));
async function iterateFrom() {
  let n = 0;
  for await (const o of Readable.from(objects)) n += o.i;
  return n;
}

function writeMany() {
  return new Promise((resolve) => {
    let n = 0;
    const w = new Writable({ write(c, e, cb) { n += c.length; cb(); } });
    for (let i = 0; i < kChunks; i++) w.write(chunk);
    w.end(() => resolve(n));
  });
}

(async () => {
  await benchAsync('stream: pipeline R->T->W, 1000 bufs', pushThrough);
  await benchAsync('stream: for await Readable.from, 1000', iterateFrom);
  await benchAsync('stream: Writable 1000 writes + end', writeMany);
})();
