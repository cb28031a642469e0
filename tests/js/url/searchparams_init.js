// Constructor: string (leading '?', '+', malformed escapes), record,
// sequence, another URLSearchParams, and the odd values.
const show = (init) => {
  try {
    console.log(JSON.stringify([...new URLSearchParams(init)]));
  } catch (e) {
    console.log(e.name, e.code, e.code ? e.message : '');
  }
};
show('?a=b+c&d=%zz&e=%E2%82%AC&f=%FF&&=&g&h==');
show({ a: 1, b: [1, 2], c: null });
show([['a', 1], new Set(['b', 'c'])]);
show(new URLSearchParams('x=1&x=2'));
show(new Map([['m', 'n']]));
show(undefined);
show(null);
show(5);
show(() => {});
show('\ud800=\udc00');
show([[1]]);
show([1]);
show([['a', 'b', 'c']]);
show({ [Symbol.iterator]: 5 });
show({ [Symbol.iterator]: null, k: 'v' });
console.log(new URLSearchParams('a=~!\'()* \u00e9&b=%20+').toString());
