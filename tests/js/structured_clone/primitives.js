'use strict';
// Primitives come back as they are; boxed primitives, dates and regexps as
// new objects of the same kind.
for (const v of [undefined, null, true, 0, -0, NaN, 1.5, 'str', '', 10n]) {
  const c = structuredClone(v);
  console.log(typeof c, Object.is(c, v));
}

const boxed = [new Number(3), new String('ab'), new Boolean(false), Object(7n)];
for (const b of boxed) {
  const c = structuredClone(b);
  console.log(c, c !== b, typeof c, Object.getPrototypeOf(c) === Object.getPrototypeOf(b));
}
const s = new String('xy');
s.extra = 1;
console.log(Object.keys(structuredClone(s)));

const d = new Date(86400000);
d.tag = 'x';
const dc = structuredClone(d);
console.log(dc.toISOString(), dc !== d, dc instanceof Date, dc.tag);
console.log(String(structuredClone(new Date(NaN))));

const re = /a+b/gi;
re.lastIndex = 4;
re.note = 'dropped';
const rc = structuredClone(re);
console.log(rc.source, rc.flags, rc.lastIndex, rc.note, rc !== re);
console.log(structuredClone(/x/dsuy).flags, structuredClone(/[a]/v).flags);

class MyDate extends Date {}
console.log(Object.getPrototypeOf(structuredClone(new MyDate(0))) === Date.prototype);
