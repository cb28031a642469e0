'use strict';
// An AbortSignal behind a Proxy (node's own tests wrap option objects so):
// `aborted`, `reason`, throwIfAborted() and add/removeEventListener work on
// it, its listeners fire when the real signal aborts, and an fs call given
// it as its signal is aborted. EventTarget methods work on a Proxy of a
// plain EventTarget too. A Proxy is still no signal where one is validated.
const fs = require('fs');

const done = AbortSignal.abort(new Error('why'));
const p = new Proxy(done, {});
console.log('aborted', p.aborted, 'reason', p.reason.message);
try { p.throwIfAborted(); } catch (e) { console.log('throwIfAborted', e.message); }

const c = new AbortController();
const live = new Proxy(c.signal, {});
console.log('live aborted', live.aborted, live.reason);
let fired = 0;
const removed = () => { fired += 100; };
live.addEventListener('abort', () => { fired++; });
live.addEventListener('abort', removed);
live.removeEventListener('abort', removed);
c.signal.onabort = () => { fired += 10; };
c.abort();
console.log('fired', fired, 'aborted', live.aborted, c.signal.aborted);

const target = new EventTarget();
const pt = new Proxy(target, {});
let got = '';
pt.addEventListener('x', (e) => { got += e.type; });
target.dispatchEvent(new Event('x'));
pt.dispatchEvent(new Event('x'));
console.log('event target proxy', got);

try { AbortSignal.any([p]); } catch (e) { console.log('any', e.name, e.code); }
try { Object.getOwnPropertyDescriptor(AbortSignal.prototype, 'aborted').get.call({}); } catch (e) {
  console.log('plain object', e.code);
}

(async () => {
  const ac = new AbortController();
  const signal = new Proxy(ac.signal, {});
  fs.writeFileSync(`${require('os').tmpdir()}/jolt-proxy-signal.txt`, 'x'.repeat(100000));
  const pending = fs.promises.readFile(`${require('os').tmpdir()}/jolt-proxy-signal.txt`, { signal });
  ac.abort();
  try {
    await pending;
    console.log('read finished');
  } catch (e) {
    console.log('read', e.name);
  }
  try {
    await fs.promises.readFile(__filename, { signal: new Proxy(AbortSignal.abort(), {}) });
  } catch (e) {
    console.log('already aborted read', e.name);
  }
  fs.unlinkSync(`${require('os').tmpdir()}/jolt-proxy-signal.txt`);
})();
