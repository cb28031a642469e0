// UTS #46 details in URL hosts: joiners in context, capital sigma, Bidi
// rule, ignored and disallowed code points, decoded "xn--" labels in a
// non-ASCII name.
const cases = [
  'a\u094d\u200cb', 'a\u094d\u200db', 'a\u200cb', '\u0628\u200c\u0628', '\u0648\u200c\u0628', // joiners
  '\u0392\u038c\u039b\u039f\u03a3', '\u03c2.com', // sigma
  '\u05d0\u05d1.com', '\u05d0a', '\u0627\u0661', '\u0627\u06f1', 'a.\u06f2', '\ua860.\u06f2', '-\u085a.x', // bidi
  'look\u180eout.net', 'look\u206bout.net', 'a\u115fb', '\u17b4.x', 'a\ufe0fb', // ignored
  'look\u202eout.net', 'look\u2ff0out.net', 'x\ufe12y', 'x\u2488', '\u1b44x', 'x.\u{114c2}', // disallowed
  'xn--a.\u00df', 'xn--mnchen-3ya.\u00df', 'xn--ab-.\u00e9', // xn-- labels next to Unicode ones
];
for (const h of cases) {
  let out;
  try { out = new URL(`http://${h}/`).host; } catch (e) { out = e.code; }
  console.log(JSON.stringify(h), out);
}
