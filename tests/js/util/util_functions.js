'use strict';
// promisify, callbackify, inherits, stripVTControlCharacters, toUSVString,
// system error names, aborted, parseEnv, convertProcessSignalToExitCode.
const util = require('util');
function t(f) { try { const r = f(); console.log(r); } catch (e) { console.log(e.code, e.name, e.message); } }
// promisify
const p = util.promisify((a, cb) => cb(null, a + 1));
p(1).then((v) => console.log('promisified', v));
util.promisify((cb) => cb(new Error('bad')))().catch((e) => console.log('rejected', e.message));
function custom() {} custom[util.promisify.custom] = () => Promise.resolve('c');
console.log(util.promisify(custom) === custom[util.promisify.custom], util.promisify.custom === Symbol.for('nodejs.util.promisify.custom'));
t(() => util.promisify(5));
function badCustom() {} badCustom[util.promisify.custom] = 5; t(() => util.promisify(badCustom));
console.log(util.promisify(function named(a, b, cb) {}).name, util.promisify(function named(a, b, cb) {}).length);
const pp = util.promisify(function named(cb) {}); console.log(util.promisify(pp) === pp);
// callbackify
const cbf = util.callbackify(async (x) => x * 2);
cbf(2, (err, v) => console.log('cb', err, v));
util.callbackify(() => Promise.reject(null))((err) => console.log('falsy', err.code, err.message, err.reason));
util.callbackify(() => Promise.reject(0))((err) => console.log('falsy0', err.code, err.reason));
t(() => util.callbackify(5));
t(() => cbf(1));
console.log(cbf.name, cbf.length);
// inherits
function A() {} function B() {} util.inherits(B, A); console.log(B.super_ === A, Object.getPrototypeOf(B.prototype) === A.prototype);
t(() => util.inherits(B, null)); t(() => util.inherits(null, A)); t(() => util.inherits(B, {}));
t(() => util.inherits(B, function () {}.bind()));
// strip
t(() => util.stripVTControlCharacters('\u001b[31mred\u001b[39m \u001b]8;;http://x\u0007link\u001b]8;;\u0007'));
t(() => util.stripVTControlCharacters(5));
// isDeepStrictEqual
console.log(util.isDeepStrictEqual({a:[1,{b:2}]}, {a:[1,{b:2}]}), util.isDeepStrictEqual([1], ['1']), util.isDeepStrictEqual(NaN, NaN));
// toUSVString
console.log(JSON.stringify(util.toUSVString('a\ud800b')));
// types
console.log(util.types.isPromise(Promise.resolve()), util.types.isRegExp(/a/), util.types.isDate(new Date()), util.types === require('util/types'));
// getSystemErrorName
t(() => util.getSystemErrorName(-2)); t(() => util.getSystemErrorName(2)); t(() => util.getSystemErrorMessage(-13));
// aborted
const ac = new AbortController(); util.aborted(ac.signal, {}).then(() => console.log('aborted resolved')); ac.abort();
util.aborted(5, {}).catch((e) => console.log(e.code, e.message));
// parseEnv
console.log(util.parseEnv('A=1\nB="two\\nlines"\n# c\nexport C = three # x\nD=\'q\'\nE=`b`\nF'));
t(() => util.parseEnv(5));
t(() => util.convertProcessSignalToExitCode('SIGTERM'));
t(() => util.convertProcessSignalToExitCode('NOPE'));
