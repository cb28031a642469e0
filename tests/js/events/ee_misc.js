'use strict';
// Old-style inheritance, removeAllListeners order, re-entrant once, storage
// shape, once wrappers, inspect, method lengths.
const EventEmitter = require('events');
const util = require('util');
function Old() { EventEmitter.call(this); }
util.inherits(Old, EventEmitter);
const o = new Old(); o.on('a', (v) => console.log('old-style', v)); o.emit('a', 1);
console.log(o instanceof EventEmitter, Object.keys(o));
const e = new EventEmitter();
e.on('removeListener', (n) => console.log('removed', String(n)));
e.on('a', () => {}); e.on('a', () => {}); e.on('b', () => {}); e.on(Symbol('c'), () => {});
e.removeAllListeners();
console.log(e.eventNames(), e.listenerCount('removeListener'));
const r = new EventEmitter();
r.once('x', () => { console.log('once body'); r.emit('x'); });
r.emit('x');
const s = new EventEmitter();
s.on('x', function a() { console.log('a'); s.removeAllListeners('x'); });
s.on('x', function b() { console.log('b still runs'); });
s.emit('x'); console.log(s.emit('x'));
// _events shape
const t = new EventEmitter(); t.on('q', () => {}); t.on('q', () => {});
console.log(Object.keys(t._events), Array.isArray(t._events.q), t._eventsCount);
t.removeAllListeners('q'); console.log(t._events, t._eventsCount);
// subclass with own _events before init
class Pre extends EventEmitter { constructor() { super(); } }
console.log(new Pre()._eventsCount);
// listeners unwrap once
const u = new EventEmitter(); const f = () => {}; u.once('z', f);
console.log(u.listeners('z')[0] === f, u.rawListeners('z')[0] === f, u.rawListeners('z')[0].listener === f);
u.rawListeners('z')[0](); console.log(u.listenerCount('z'));
// emit with many args on once
u.once('m', (...a) => console.log(a)); u.emit('m', 1, 2, 3, 4, 5, 6);
console.log(util.inspect(new EventEmitter({captureRejections: true}), {depth: 0}));
const err = new EventEmitter();
try { err.emit('error', new Error('with monitor only')) } catch (x) { console.log(x.message) }
console.log(EventEmitter.prototype.listenerCount.length, EventEmitter.prototype.emit.length, EventEmitter.prototype.on.length);
