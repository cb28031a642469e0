'use strict';
// compose(), Duplex.from(), duplexPair(), addAbortSignal(), Readable#wrap.
const stream = require('stream');
const { compose, Duplex, Readable, Writable, PassThrough, Transform, addAbortSignal, duplexPair } = stream;

const log = (...a) => console.log(...a);

async function main() {
  const upper = new Transform({ transform(c, e, cb) { cb(null, String(c).toUpperCase()); } });
  const c = compose(upper, async function* (src) { for await (const x of src) yield `<${x}>`; });
  c.end('abc');
  log('compose', (await c.toArray()).map(String));

  const fromGen = Duplex.from(async function* (src) { for await (const x of src) yield String(x) + '!'; });
  fromGen.end('hey');
  log('Duplex.from(gen)', (await fromGen.toArray()).map(String));

  log('Duplex.from(array)', await Duplex.from(['a', 'b']).toArray());
  log('Duplex.from(promise)', await Duplex.from(Promise.resolve('v')).toArray());
  const pt = new PassThrough();
  log('Duplex.from(duplex) same', Duplex.from(pt) === pt);
  const r = Readable.from(['x']);
  const fromR = Duplex.from(r);
  log('Duplex.from(readable)', fromR instanceof Duplex, fromR.writable, await fromR.toArray());
  const got = [];
  const fromPair = Duplex.from({
    readable: Readable.from(['pr']),
    writable: new Writable({ write(ch, e, cb) { got.push(String(ch)); cb(); } }),
  });
  fromPair.end('pw');
  log('pair read', await fromPair.toArray(), 'pair wrote', got);

  const [left, right] = duplexPair();
  right.on('data', (d) => log('right got', String(d)));
  left.on('data', (d) => log('left got', String(d)));
  left.write('to right');
  right.write('to left');
  await new Promise((res) => setTimeout(res, 5));

  const ac = new AbortController();
  const victim = addAbortSignal(ac.signal, new PassThrough());
  victim.on('error', (e) => log('abort error', e.name, e.code));
  victim.on('close', () => log('abort close'));
  ac.abort();
  await new Promise((res) => setTimeout(res, 5));

  const viaOption = new Readable({ signal: AbortSignal.abort(), read() {} });
  viaOption.on('error', (e) => log('signal option', e.name));
  await new Promise((res) => setTimeout(res, 5));

  // wrap() an old-style stream.
  const EE = require('events');
  const oldStyle = new EE();
  oldStyle.pause = () => log('old pause');
  oldStyle.resume = () => log('old resume');
  const wrapped = new Readable({ highWaterMark: 2 }).wrap(oldStyle);
  oldStyle.emit('data', Buffer.from('abc'));
  oldStyle.emit('end');
  wrapped.on('data', (d) => log('wrapped', String(d)));
  await new Promise((res) => wrapped.on('end', res));

  for (const f of [() => compose(), () => compose(new Writable({ write() {} }), new PassThrough()), () => Duplex.from(5),
    () => addAbortSignal('x', new PassThrough()), () => addAbortSignal(new AbortController().signal, {})]) {
    try {
      f();
      log('no throw');
    } catch (e) {
      log(e.code, e.message.split('\n')[0]);
    }
  }
}
main();
