// querystring.stringify(): value kinds, arrays, separators, custom encoder,
// surrogates.
const qs = require('querystring');
const show = (fn) => {
  try {
    console.log(JSON.stringify(fn()));
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
};
show(() => qs.stringify({ a: 1, b: [1, 2], c: 'x y', d: true, e: null, f: undefined, g: {}, h: NaN, i: Infinity,
  j: 10n, k: '', l: ['', 'z'], m: Symbol('s'), n: () => 1, '\u00e9': '\u20ac' }));
show(() => qs.stringify({ a: 1, b: 2 }, ';', ':'));
show(() => qs.stringify({ a: 'x y' }, null, null, { encodeURIComponent: (s) => s.toUpperCase() }));
show(() => qs.stringify({ a: [[1, 2], {}] }));
show(() => qs.stringify({ a: "!'()*-._~ ", c: '\ud83d\ude00' }));
show(() => qs.stringify({ a: '\ud800x' }));
show(() => qs.stringify({ a: '\ud800' }));
show(() => qs.stringify({ a: '\udc00' }));
show(() => qs.stringify('abc'));
show(() => qs.stringify(null));
show(() => qs.stringify([1, 2]));
show(() => qs.stringify(Object.create({ inherited: 1 }, { own: { value: 2, enumerable: true } })));
console.log(qs.encode === qs.stringify, Object.keys(qs));
