// URL members on other receivers throw Node's TypeError messages.
const util = require('util');
const show = (label, fn) => {
  try {
    fn();
    console.log(label, 'no error');
  } catch (e) {
    console.log(label, e.name, e.message);
  }
};
show('toString', () => URL.prototype.toString.call({}));
show('toJSON', () => URL.prototype.toJSON.call([]));
for (const k of ['href', 'search', 'protocol', 'origin', 'searchParams', 'port']) {
  show(`get ${k}`, () => Reflect.get(URL.prototype, k, {}));
  if (k !== 'origin' && k !== 'searchParams') show(`set ${k}`, () => Reflect.set(URL.prototype, k, 'x', {}));
}
show('inspect', () => URL.prototype[util.inspect.custom].call(URL.prototype));
show('params inspect', () => new URLSearchParams()[util.inspect.custom].call({}));
show('iterator inspect', () => new URLSearchParams().keys()[util.inspect.custom].call({}));
show('symbol name', () => new URLSearchParams().get(Symbol('s')));
show('symbol value', () => new URLSearchParams().append('a', Symbol('s')));
show('symbol record key', () => new URLSearchParams({ [Symbol('k')]: 1 }));
