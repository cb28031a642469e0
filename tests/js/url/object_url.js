// URL.createObjectURL/revokeObjectURL with Blob and buffer.resolveObjectURL.
const b = new Blob(['hello']);
const u = URL.createObjectURL(b);
console.log(/^blob:nodedata:[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(u), typeof u);
console.log(URL.revokeObjectURL(u));
try { URL.createObjectURL('x'); } catch (e) { console.log(e.code, e.message); }
const { resolveObjectURL } = require('buffer');
console.log(typeof resolveObjectURL);
if (typeof resolveObjectURL === 'function') { const u2 = URL.createObjectURL(b); console.log(resolveObjectURL(u2) instanceof Blob); }
URL.revokeObjectURL(u);
console.log(require('buffer').resolveObjectURL(u));
