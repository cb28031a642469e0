// Leaving a for-await loop over a Readable early destroys the stream with
// an AbortError when it still had data to give (the stream emits 'error'),
// and plainly when it was done; iterator({ destroyOnReturn: false }) leaves
// it alone. A stream whose destroy was removed is closed with close().
'use strict';
const { Readable } = require('stream');

function watch(name, r) {
  r.on('error', (e) => console.log(name, 'error', e.name));
  r.on('close', () => console.log(name, 'close, errored:', r.errored && r.errored.name));
}

async function main() {
  const a = new Readable({ read() {} });
  a.push('x');
  a.push('y');
  watch('a', a);
  for await (const c of a) {
    console.log('a got', String(c));
    break;
  }
  console.log('a destroyed', a.destroyed);
  await new Promise((r) => setImmediate(r));

  const b = Readable.from(['only']);
  watch('b', b);
  for await (const c of b) console.log('b got', c);
  await new Promise((r) => setImmediate(r));

  const c = new Readable({ read() {} });
  c.push('1');
  c.push('2');
  for await (const chunk of c.iterator({ destroyOnReturn: false })) {
    console.log('c got', String(chunk));
    break;
  }
  console.log('c destroyed', c.destroyed, 'left', c.readableLength);

  const d = new Readable({ autoDestroy: false, read() {} });
  d.push('z');
  d.destroy = null;
  d.close = () => console.log('d close() called');
  for await (const chunk of d) {
    console.log('d got', String(chunk));
    break;
  }
}
main();
