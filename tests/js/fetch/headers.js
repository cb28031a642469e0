'use strict';
// Headers: case-insensitive names, sorted iteration with combined values,
// Set-Cookie kept apart, value trimming, guards and Node's error messages.
const { attempt } = require('./helpers/report');

const h = new Headers({ B: '1', a: '2' });
h.append('a', '3');
h.append('Set-Cookie', 'x=1');
h.append('set-cookie', 'y=2');
console.log([...h]);
console.log(h.getSetCookie(), h.get('SET-COOKIE'), h.get('A'), h.get('missing'), h.has('b'), h.has('c'));
console.log(h);
h.set('A', 'one');
h.delete('b');
console.log([...h.keys()], [...h.values()]);

// Values: HTTP whitespace trimmed at both ends, empty values combine too.
const w = new Headers();
w.append('x', '  v \t');
w.append('e', '');
w.append('e', '');
w.set('y', '\tq\r\n');
console.log(JSON.stringify([...w]));

// Construction from pairs, records, Maps and other Headers.
console.log([...new Headers([['b', '1'], ['A', '2'], ['a', '3']])]);
console.log([...new Headers(new Map([['k', 'v']]))]);
console.log([...new Headers(h)]);
console.log([...new Headers({ obj: { toString() { return 'str'; } } })]);

// Iteration sees changes made while it runs.
const live = new Headers([['b', '1'], ['a', '2'], ['c', '3']]);
const seen = [];
for (const [name] of live) {
  seen.push(name);
  if (name === 'a') live.append('aa', 'x');
}
console.log(seen);

const it = live.entries();
console.log(Object.prototype.toString.call(it), it[Symbol.toStringTag], Object.keys(Object.getPrototypeOf(it)));
console.log(Object.getPrototypeOf(Object.getPrototypeOf(it)) === Object.getPrototypeOf(Object.getPrototypeOf([].keys())));
attempt('next on foreign', () => it.next.call({}));

live.forEach(function each(value, name, target) {
  console.log('forEach', name, value, target === live, this.tag);
}, { tag: 'T' });

console.log(Object.keys(Headers.prototype));
console.log(Object.prototype.toString.call(h), Headers.length, typeof Headers.prototype[Symbol.iterator]);
console.log(Headers.prototype[Symbol.iterator] === Headers.prototype.entries);

// Errors.
attempt('bad name', () => h.append('bad name', 'x'));
attempt('empty name', () => h.append('', 'x'));
attempt('latin1 name', () => h.append('\u00e9', 'x'));
attempt('LF value', () => h.append('ok', 'a\nb'));
attempt('CR value', () => h.append('ok', 'a\rb'));
attempt('NUL value', () => h.set('ok', 'a\0b'));
attempt('wide value', () => h.append('ok', '\u0100'));
attempt('set bad', () => h.set('bad name', 'x'));
attempt('get bad', () => h.get('bad name'));
attempt('has bad', () => h.has('(x)'));
attempt('delete bad', () => h.delete('a:b'));
attempt('append 0', () => h.append());
attempt('append 1', () => h.append('a'));
attempt('get 0', () => h.get());
attempt('forEach 0', () => h.forEach());
attempt('forEach 5', () => h.forEach(5));
attempt('init number', () => new Headers(5));
attempt('init string', () => new Headers('x'));
attempt('init null', () => new Headers(null));
attempt('pair short', () => new Headers([['a']]));
attempt('pair long', () => new Headers([['a', 'b', 'c']]));
attempt('pair string', () => new Headers(['ab']));
attempt('pair number', () => new Headers([5]));
attempt('pair object', () => new Headers([{}]));
attempt('record symbol', () => new Headers({ a: Symbol('s') }));
attempt('record symbol key', () => new Headers({ [Symbol('q')]: 'x' }));
attempt('hidden symbol key', () => new Headers(Object.defineProperty({}, Symbol('q'), { value: 'x' })));
attempt('iterator undefined', () => [...new Headers({ a: '1', [Symbol.iterator]: undefined })]);
attempt('iterator not callable', () => [...new Headers({ a: '1', [Symbol.iterator]: 5 })]);
attempt('pair symbol name', () => new Headers([[Symbol('n'), 'x']]));
attempt('pair symbol value', () => new Headers([['x', Symbol('v')]]));
attempt('append symbol name', () => h.append(Symbol('n'), 'x'));
attempt('append symbol value', () => h.append('x', Symbol('v')));
attempt('set symbol value', () => h.set('x', Symbol('v')));
attempt('has symbol', () => h.has(Symbol('n')));
attempt('status text symbol', () => new Response(null, { statusText: Symbol('s') }));
attempt('method symbol', () => new Request('http://a.test', { method: Symbol('m') }));
attempt('record bad name', () => new Headers({ 'a b': 'x' }));
attempt('illegal', () => Headers.prototype.get.call({}, 'a'));
attempt('illegal getSetCookie', () => Headers.prototype.getSetCookie.call([]));

// Immutable headers (Response.error()) refuse every change.
const frozen = Response.error().headers;
attempt('immutable append', () => frozen.append('a', 'b'));
attempt('immutable set', () => frozen.set('a', 'b'));
attempt('immutable delete', () => frozen.delete('a'));
console.log(frozen.get('a'), [...frozen]);
