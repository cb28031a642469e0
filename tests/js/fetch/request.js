'use strict';
// Request: URL parsing, method normalisation and checks, body rules for
// GET/HEAD, the RequestInit enumerations, signal, clone and Node's messages.
process.on('warning', (w) => console.log('warning', w.code, w.message));

function attempt(label, fn) {
  try {
    console.log(label, 'ok', fn());
  } catch (err) {
    console.log(label, err.name, err.code, JSON.stringify(err.message), err.cause ? `cause: ${err.cause.code}` : '');
  }
}

const r = new Request('HTTP://Example.COM/a/../x?y#z', { method: 'post', body: 'hi', headers: { A: 'b' } });
console.log(r.method, r.url, [...r.headers], r.bodyUsed);
console.log(r.destination, r.referrer, r.referrerPolicy, r.mode, r.credentials, r.cache, r.redirect);
console.log(r.integrity, r.keepalive, r.isReloadNavigation, r.isHistoryNavigation, r.duplex);
console.log(r.signal instanceof AbortSignal, r.signal.aborted);
const plain = new Request('http://a.test');
console.log(plain.method, plain.url, plain.body, plain.bodyUsed, [...plain.headers]);
console.log(plain);
console.log(new Request(new URL('http://x.test/u')).url, new Request({ toString: () => 'http://y.test' }).url);

for (const method of ['get', 'Delete', 'options', 'put', 'head', 'patch', 'PaTcH', 'custom', 'M-SEARCH']) {
  attempt(`method ${method}`, () => new Request('http://a.test', { method }).method);
}
for (const method of ['CONNECT', 'trace', 'Track', 'bad method', '', 'get ', 'caf\u00e9']) {
  attempt(`method ${JSON.stringify(method)}`, () => new Request('http://a.test', { method }));
}

attempt('GET body', () => new Request('http://a.test', { body: 'x' }));
attempt('HEAD body', () => new Request('http://a.test', { method: 'HEAD', body: 'x' }));
attempt('GET null body', () => new Request('http://a.test', { body: null }).body);
attempt('relative', () => new Request('/rel'));
attempt('credentials', () => new Request('http://u:p@a.test/'));
attempt('no args', () => new Request());
attempt('init number', () => new Request('http://a.test', 5));
attempt('mode navigate', () => new Request('http://a.test', { mode: 'navigate' }));
attempt('mode bogus', () => new Request('http://a.test', { mode: 'bogus' }));
attempt('mode same-origin', () => new Request('http://a.test', { mode: 'same-origin' }).mode);
attempt('redirect bogus', () => new Request('http://a.test', { redirect: 'bogus' }));
attempt('redirect manual', () => new Request('http://a.test', { redirect: 'manual' }).redirect);
attempt('credentials bogus', () => new Request('http://a.test', { credentials: 'x' }));
attempt('credentials include', () => new Request('http://a.test', { credentials: 'include' }).credentials);
attempt('cache bogus', () => new Request('http://a.test', { cache: 'x' }));
attempt('cache no-store', () => new Request('http://a.test', { cache: 'no-store' }).cache);
attempt('only-if-cached', () => new Request('http://a.test', { cache: 'only-if-cached' }));
attempt('no-cors PUT', () => new Request('http://a.test', { mode: 'no-cors', method: 'PUT' }));
attempt('duplex full', () => new Request('http://a.test', { duplex: 'full' }));
attempt('window', () => new Request('http://a.test', { window: 5 }));
attempt('window null', () => new Request('http://a.test', { window: null }).url);
attempt('referrer empty', () => new Request('http://a.test', { referrer: '' }).referrer);
attempt('referrer url', () => new Request('http://a.test', { referrer: 'http://b.test/x' }).referrer);
attempt('referrerPolicy bad', () => new Request('http://a.test', { referrerPolicy: 'bad' }));
attempt('integrity', () => new Request('http://a.test', { integrity: 'abc' }).integrity);
attempt('keepalive', () => new Request('http://a.test', { keepalive: 1 }).keepalive);
attempt('headers number', () => new Request('http://a.test', { headers: 5 }));
for (const signal of ['x', {}, 5, true]) {
  attempt(`signal ${typeof signal}`, () => new Request('http://a.test', { signal }));
}
attempt('signal null', () => new Request('http://a.test', { signal: null }).signal.aborted);
attempt('async iterable without duplex', () => new Request('http://a.test', {
  method: 'POST', body: (async function* gen() { yield 'x'; })(),
}));
attempt('body number', () => new Request('http://a.test', { method: 'POST', body: 5 }).headers.get('content-type'));
attempt('content-type kept', () => new Request('http://a.test', {
  method: 'POST', body: 'x', headers: { 'Content-Type': 'a/b' },
}).headers.get('content-type'));

// The signal follows the one given.
const ac = new AbortController();
const withSignal = new Request('http://a.test', { signal: ac.signal });
console.log(withSignal.signal === ac.signal, withSignal.signal.aborted);
ac.abort('why');
console.log(withSignal.signal.aborted, withSignal.signal.reason);

// From another Request: fields copied, body moved.
const src = new Request('http://a.test/src', {
  method: 'POST', body: 'payload', headers: { X: '1' }, redirect: 'manual', cache: 'no-cache',
});
const moved = new Request(src, { method: 'PUT' });
console.log(moved.method, moved.url, moved.redirect, moved.cache, moved.headers.get('x'), src.bodyUsed, moved.bodyUsed);
const overridden = new Request(src, { method: 'POST', body: 'other', headers: { Y: '2' } });
console.log([...overridden.headers]);
attempt('used source', () => new Request(src));

(async () => {
  const copy = moved.clone();
  console.log(copy.method, copy.url, copy.signal !== moved.signal, await copy.text(), await moved.text());
  attempt('clone used', () => moved.clone());
  attempt('request from used', () => new Request(moved));
  console.log(await Request.prototype.text.call({}).catch((e) => `${e.name} ${e.code} ${e.message}`));
  console.log(Object.getOwnPropertyNames(Request.prototype).filter((k) => k !== 'attribute'));
  console.log(Object.prototype.toString.call(plain));
})();
