// readline/promises Readline with autoCommit: the actions go out together
// on the next tick.
const { Readline } = require('readline/promises');
const { Writable } = require('stream');
let out = '';
const w = new Writable({ write(c, e, cb) { out += c; cb(); } });
const r = new Readline(w, { autoCommit: true });
r.cursorTo(1).clearLine(0);
console.log('sync', JSON.stringify(out));
process.nextTick(() => console.log('tick', JSON.stringify(out)));
Promise.resolve().then(() => console.log('micro', JSON.stringify(out)));
setTimeout(() => console.log('later', JSON.stringify(out)), 5);
