'use strict';
// Response: status range and null-body statuses, statusText, headers,
// ok/redirected/type/url, clone, and the static error/redirect/json.
const { attempt } = require('./helpers/report');

const r = new Response('hello', { status: 201, statusText: 'Made', headers: { X: '1' } });
console.log(r.status, r.statusText, r.ok, r.redirected, r.type, JSON.stringify(r.url), [...r.headers], r.bodyUsed);
const empty = new Response();
console.log(empty.status, JSON.stringify(empty.statusText), empty.ok, empty.body, [...empty.headers]);
console.log(empty);
console.log(new Response(null, { status: 404 }).ok, new Response(null, { status: 299 }).ok);

for (const status of [199, 600, -1, 'x', NaN, 1e10, 101]) {
  attempt(`status ${status}`, () => new Response(null, { status }));
}
for (const status of [200.7, '204', 65736]) {
  attempt(`status ${status}`, () => new Response(null, { status }).status);
}
for (const status of [204, 205, 304]) {
  attempt(`body with ${status}`, () => new Response('x', { status }));
  attempt(`null body with ${status}`, () => new Response(null, { status }).status);
}
attempt('statusText LF', () => new Response(null, { statusText: 'a\nb' }));
attempt('statusText wide', () => new Response(null, { statusText: '\u0100' }));
attempt('statusText latin1', () => new Response(null, { statusText: 'caf\u00e9\tx' }).statusText.length);
attempt('init number', () => new Response(null, 5));
attempt('init headers', () => new Response(null, { headers: [['a']] }));

// Content-Type from the body's kind.
console.log(new Response('x').headers.get('content-type'));
console.log(new Response(new Uint8Array([1, 2])).headers.get('content-type'));
console.log(new Response(new ArrayBuffer(2)).headers.get('content-type'));
console.log(new Response(new URLSearchParams('a=1')).headers.get('content-type'));
console.log(new Response(new Blob(['x'], { type: 'A/B' })).headers.get('content-type'));
console.log(new Response(new Blob(['x'])).headers.get('content-type'));
console.log(/^multipart\/form-data; boundary=-+[\w-]+$/.test(new Response(new FormData()).headers.get('content-type')));
console.log(new Response({}).headers.get('content-type'), new Response(5).headers.get('content-type'));
console.log(new Response('x', { headers: { 'content-type': 'q/r' } }).headers.get('content-type'));

// Static constructors.
const e = Response.error();
console.log(e.type, e.status, e.ok, JSON.stringify(e.statusText), e.body, [...e.headers]);
console.log(e);
const redirect = Response.redirect('http://a.test/x?q#h', 301);
console.log(redirect.status, [...redirect.headers], redirect.type, redirect.body);
console.log(Response.redirect(new URL('http://b.test')).status);
attempt('redirect 200', () => Response.redirect('http://a.test/', 200));
attempt('redirect relative', () => Response.redirect('/rel'));
attempt('redirect none', () => Response.redirect());
attempt('redirect immutable', () => Response.redirect('http://a.test/').headers.set('x', 'y'));

const j = Response.json({ a: [1, 'two'] }, { status: 202, headers: { 'content-type': 'foo/bar' } });
console.log(j.status, j.headers.get('content-type'));
console.log(Response.json([1]).headers.get('content-type'));
attempt('json undefined', () => Response.json(undefined));
attempt('json symbol', () => Response.json(Symbol('s')));
attempt('json 204', () => Response.json({}, { status: 204 }));
attempt('json none', () => Response.json());
attempt('json status', () => Response.json(null, { status: 700 }));

// Headers of a constructed response can change.
r.headers.set('y', '2');
console.log(r.headers.get('y'));

console.log(Object.getOwnPropertyNames(Response.prototype));
console.log(Object.getOwnPropertyNames(Response).sort());
console.log(Object.prototype.toString.call(r));
attempt('illegal status', () => Object.getOwnPropertyDescriptor(Response.prototype, 'status').get.call({}));

(async () => {
  const c = r.clone();
  console.log(c.status, c.statusText, c.headers.get('x'), c.headers !== r.headers);
  console.log(await r.text(), r.bodyUsed, c.bodyUsed, await c.text());
  attempt('clone used', () => r.clone());
  console.log(await Response.json({ x: 1 }).text());
  console.log(await redirect.text(), redirect.bodyUsed);
  const ec = e.clone();
  console.log(ec.type, ec.status);
  attempt('clone of error immutable', () => ec.headers.set('a', 'b'));
})();
