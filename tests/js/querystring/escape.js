// querystring.escape/unescape/unescapeBuffer.
const qs = require('querystring');
const show = (fn) => {
  try {
    const r = fn();
    console.log(typeof r === 'string' ? JSON.stringify(r) : r);
  } catch (e) {
    console.log(e.name, e.code);
  }
};
show(() => qs.escape('a b&c=d/\u00e9~!*'));
show(() => qs.escape(5));
show(() => qs.escape({ toString() { return 'x y'; } }));
show(() => qs.escape([1, 2]));
show(() => qs.escape('\udc00'));
show(() => qs.escape(Symbol('s')));
show(() => qs.unescape('a%20b%zz%E2%82%AC+c'));
show(() => qs.unescape('%E2%82'));
show(() => qs.unescape('%41%zz', true));
show(() => qs.unescapeBuffer('a%20b%zz%E2%82%AC+c'));
show(() => qs.unescapeBuffer('a+b', true));
show(() => qs.unescapeBuffer('\u00e9%41'));
