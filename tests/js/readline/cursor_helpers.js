// readline.cursorTo/moveCursor/clearLine/clearScreenDown: the escape
// sequences written, return values, callbacks, and argument errors.
const readline = require('readline');
const { Writable } = require('stream');
let out = [];
const w = new Writable({ write(c, e, cb) { out.push(JSON.stringify(String(c))); cb(); } });
const log = (...a) => console.log(...a);
const t = (f) => { try { log('ret', f()) } catch (e) { log(e.name, e.code, e.message) } };
log(readline.cursorTo(w, 3), readline.cursorTo(w, 3, 4), readline.cursorTo(w, 0, 0, () => log('cb cursorTo')));
log(readline.moveCursor(w, -2, 0), readline.moveCursor(w, 2, -3), readline.moveCursor(w, 0, 5), readline.moveCursor(w, 0, 0), readline.moveCursor(w, 0, 0, () => log('cb move0')));
log(readline.clearLine(w, -1), readline.clearLine(w, 1), readline.clearLine(w, 0), readline.clearLine(w), readline.clearScreenDown(w));
log(readline.cursorTo(null, 1, 2, () => log('cb null')), readline.moveCursor(undefined, 1, 1), readline.clearLine(null, 0), readline.clearScreenDown(null));
t(() => readline.cursorTo(w, 'a', 1));
t(() => readline.cursorTo(w, 'a'));
t(() => readline.cursorTo(w, NaN, 2));
t(() => readline.cursorTo(w, 1, NaN));
t(() => readline.cursorTo(w, 1, 'b'));
t(() => readline.cursorTo(w, 2, () => log('cb2')));
t(() => readline.cursorTo(w, 1, 2, 'x'));
t(() => readline.clearLine(w, 0, 'x'));
t(() => readline.clearScreenDown(w, 'x'));
t(() => readline.moveCursor(w, 1, 1, 'x'));
t(() => readline.moveCursor(w, 1.5, 'x'));
t(() => readline.moveCursor(w, '2', '1'));
t(() => readline.clearLine(w, 'x'));
t(() => readline.cursorTo(w, 1.5, 2.5));
t(() => readline.cursorTo(w, -1));
setTimeout(() => log(out.join(' ')), 10);
