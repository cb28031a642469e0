// Invalid URLs: TypeError with code ERR_INVALID_URL and the input (and base)
// properties; argument checks of the constructor and statics.
function show(fn) {
  try {
    console.log('ok', fn());
  } catch (e) {
    console.log(e.name, e.code, e.message, JSON.stringify(e.input), JSON.stringify(e.base), 'base' in e);
  }
}
show(() => new URL('foo'));
show(() => new URL('foo', 'bar'));
show(() => new URL('/x', null));
show(() => new URL('http://a:99999'));
show(() => new URL('http://'));
show(() => new URL('http://a b'));
show(() => new URL({ toString: () => 'nope' }));
show(() => new URL());
show(() => URL.canParse());
show(() => URL.parse());
show(() => URL.revokeObjectURL());
show(() => URL.canParse('x'));
show(() => URL.canParse('/x', 'http://h'));
show(() => URL.parse('x'));
show(() => URL.parse('/x', 'http://h/a').href);
show(() => URL.parse('http://h') instanceof URL);
show(() => URL.revokeObjectURL('blob:nodedata:nothing'));
const e = (() => { try { new URL('x'); } catch (err) { return err; } })();
console.log(Object.keys(e), e instanceof TypeError, e.stack.split('\n')[0]);
// Accessors on a non-URL receiver throw a TypeError.
for (const k of ['href', 'host', 'searchParams']) {
  try { Object.getOwnPropertyDescriptor(URL.prototype, k).get.call({}); } catch (err) { console.log(k, err.name); }
}
try { URL.prototype.toString.call({}); } catch (err) { console.log('toString', err.name); }
// The href setter throws Node's coded error instead.
try { new URL('http://h/').href = 'x'; } catch (err) { console.log(String(err), err.input, Object.keys(err)); }
