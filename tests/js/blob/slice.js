'use strict';
// Blob.prototype.slice: relative, clamped, rounded indices and a content type.
const s = new Blob(['0123456789'], { type: 'text/plain' });
const show = (blob) => blob.text().then((t) => t);
const cases = [[], [2], [-3], [2, 5], [5, 2], [-100, 3], [0, 100], [1.5], [2.5], [-1.5], ['3'], [NaN], [Infinity],
  [-Infinity], [undefined, 4], [2, -2]];
Promise.all(cases.map((args) => show(s.slice(...args)))).then((texts) => {
  cases.forEach((args, i) => console.log(JSON.stringify(args.map(String)), texts[i]));
});
console.log(JSON.stringify(s.slice().type), s.slice(0, 1, 'X/Y').type, JSON.stringify(s.slice(0, 1, '\u00e9').type));
const nested = s.slice(2, 8).slice(1, -1);
nested.text().then((t) => console.log('nested', t, nested.size));
