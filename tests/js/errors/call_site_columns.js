// Stack frames give V8's columns: a call at its callee's start (or last
// property name, or `new`/`super`), a computed or parenthesized callee at its
// `(`, a property read at the property's name. Sloppy mode, and no call in a
// tail position, so that every frame exists under both engines.
const util = require('util');

// The "line:col" of every frame in this file, from the stack as printed.
function where(err) {
  const text = typeof err.stack === 'string' && err.stack.includes('    at ') ? err.stack : util.inspect(err);
  const out = [];
  for (const line of text.split('\n')) {
    const m = /call_site_columns\.js:(\d+):(\d+)\)?$/.exec(line);
    if (m !== null && line.startsWith('    at ')) out.push(`${m[1]}:${m[2]}`);
  }
  return out.join(' ');
}

const check = require('./lib/check.js')(where);

function thrower() { throw new Error('x'); }
class Base { constructor() { thrower(); } }
class Derived extends Base { constructor() { super(); } }
class Spaced extends Base { constructor() { super (); } }
const a = { b: { c: thrower, Base, get g() { thrower(); return 1; } } };
const k = 'c';
function tag() { thrower(); }

check('plain', () => { thrower(); });
check('member', () => { a.b.c(); });
check('computed', () => { a.b[k](); });
check('computed-ws', () => { a.b[k] (); });
check('index', () => { [thrower][0](); });
check('parens', () => { (thrower)(); });
check('call-result', () => { (() => thrower)()(); });
check('method-call', () => { thrower.call(null); });
check('new', () => { new Base(); });
check('new-member', () => { new a.b.Base(); });
check('new-computed', () => { new a.b['Base'](); });
check('new-parens', () => { new (Base)(); });
check('new-no-args', () => { new Base; });
check('super', () => { new Derived(); });
check('super-ws', () => { new Spaced(); });
check('optional', () => { a?.b?.c(); });
check('optional-call', () => { a.b.c?.(); });
check('tagged', () => { tag`x`; });
check('tagged-member', () => { a.b.c`x${1}`; });
check('ws', () => { thrower  (); });
check('comment', () => { thrower /* (c) */ (); });
check('spread', () => { [...thrower()]; });
check('multi-line', () => {
  a.b
    .c(
      1);
});
check('callee-above', () => {
  thrower
  ();
});
check('new-above', () => {
  new
  Base();
});
check('getter', () => { a.b.g; });
check('getter-ws', () => { a.b
  .g; });
check('getter-index', () => { a.b['g']; });
check('undefined-prop', () => { undefined.x; });
check('not-function', () => { const o = {}; o.nope(); });
check('argument', () => { JSON.parse('{'); });
check('error-call', () => { throw Error('e'); });
check('array-cb', () => { [1].map(() => { thrower(); }); });

const setters = { set s(v) { thrower(); } };
class Priv { #p() { thrower(); } run() { this.#p(); } }
check('setter', () => { setters.s = 1; });
check('setter-tight', () => { setters.s=1; });
check('setter-add', () => { setters.s += 1; });
check('setter-pow', () => { setters.s **= 1; });
check('setter-or', () => { setters.s ||= 1; });
check('set-undefined', () => { const w = {}; w.p.q = 1; });
check('private-call', () => { new Priv().run(); });

const made = new Error('made here');
console.log('made'.padEnd(14), where(made));
function maker() { return new TypeError('t'); }
const nested = maker();
console.log('nested'.padEnd(14), where(nested));
