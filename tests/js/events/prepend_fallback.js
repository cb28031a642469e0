'use strict';
// Stream.prototype.pipe (the legacy one) puts its 'error' handler before
// existing ones with prependListener; emitters without that method get it
// put first in their _events table instead.
const { Stream } = require('stream');
const EventEmitter = require('events');

function legacy(kind) {
  const s = new Stream();
  s[kind] = true;
  s.prependListener = undefined;
  return s;
}

const src = legacy('readable');
const dest = legacy('writable');
dest.write = (chunk) => { console.log('write', String(chunk)); return true; };
dest.end = () => console.log('end');
const mine = () => console.log('my error listener');
const mine2 = () => console.log('my second error listener');
src.on('error', mine);
dest.on('error', mine);
dest.on('error', mine2);
src.pipe(dest);
console.log('src first is mine', src.listeners('error')[0] === mine, src.listenerCount('error'));
console.log('dest first is mine', dest.listeners('error')[0] === mine, dest.listenerCount('error'));
src.emit('data', 'abc');
src.emit('end');
console.log('after end', src.listenerCount('error'), dest.listenerCount('error'), src.listenerCount('data'));

// With prependListener present it is used.
const a = new Stream();
a.readable = true;
const b = new Stream();
b.writable = true;
b.write = () => true;
let used = 0;
const orig = EventEmitter.prototype.prependListener;
b.prependListener = function(...args) { used++; return orig.apply(this, args); };
a.pipe(b);
console.log('prependListener used', used);

// A source with no 'error' listener yet gets it through on().
const c = legacy('readable');
const d = legacy('writable');
d.write = () => true;
c.pipe(d);
console.log('plain', c.listenerCount('error'), d.listenerCount('error'));
