// Object-mode streams and encodings as in node: a Readable with an encoding
// decodes each pushed Buffer/Uint8Array (strings pass as they are, other
// values make push() throw); a Writable passes no encoding to _write unless
// the write named one; an unknown Readable defaultEncoding throws.
'use strict';
const { Readable, Writable } = require('stream');

function t(label, pushes, opts) {
  const r = new Readable({ read() {}, objectMode: true, ...opts });
  try { for (const p of pushes) r.push(...p); } catch (e) { console.log(label, 'push threw', e.code || e.message); return; }
  r.push(null);
  const out = []; let x; while ((x = r.read()) !== null) out.push(x);
  console.log(label, JSON.stringify(out.map((v) => [typeof v, Buffer.isBuffer(v) ? 'buf:' + v.toString('hex') : v])));
}
t('utf16 bufs', [[Buffer.from('abc', 'utf16le')], [Buffer.from('def', 'utf16le')]], { encoding: 'utf16le' });
t('utf8 split', [[Buffer.from([0xe2, 0x82])], [Buffer.from([0xac])]], { encoding: 'utf8' });
t('string', [['abc']], { encoding: 'utf8' });
t('string hex enc', [['6869', 'hex']], { encoding: 'utf8' });
t('number', [[5]], { encoding: 'utf8' });
t('object', [[{ a: 1 }]], { encoding: 'utf8' });
t('u8', [[new Uint8Array([104, 105])]], { encoding: 'utf8' });
t('no enc buf', [[Buffer.from('hi')]], {});

const w = new Writable({ objectMode: true, write(chunk, enc, cb) { console.log(typeof chunk, chunk && chunk.constructor && chunk.constructor.name, JSON.stringify(enc)); cb(); } });
w.write({ a: 1 }); w.write('str'); w.write('str', 'hex'); w.write(new Uint8Array(2)); w.write(Buffer.from('x')); w.write(5); w.end(new Uint8Array(1));
const w2 = new Writable({ objectMode: true, defaultEncoding: 'latin1', write(chunk, enc, cb) { console.log('w2', typeof chunk, JSON.stringify(enc)); cb(); } });
w2.write('s'); w2.write({}); w2.write(Buffer.from('x'));

for (const enc of ['bogus', 'buffer', 'UTF-8', 'hex']) {
  try {
    const r = new Readable({ read() {}, defaultEncoding: enc });
    console.log('defaultEncoding', enc, 'ok', r._readableState.defaultEncoding);
  } catch (e) {
    console.log('defaultEncoding', enc, e.code, e.message);
  }
}
