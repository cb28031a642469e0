'use strict';
// on/once/prepend*/off, newListener/removeListener, listener introspection.
const EventEmitter = require('events');
const e = new EventEmitter();
e.on('newListener', (n, l) => console.log('newListener', n, typeof l));
e.on('removeListener', (n, l) => console.log('removeListener', n, typeof l));
const f = () => console.log('f');
console.log(e.on('x', f) === e);
e.once('x', () => console.log('once x'));
e.prependListener('x', () => console.log('prepended'));
e.prependOnceListener('x', () => console.log('prepended once'));
console.log(e.listenerCount('x'), e.listenerCount('x', f), e.eventNames(), e.rawListeners('x').length);
console.log(e.listeners('x').map((l) => l === f));
console.log(typeof e.rawListeners('x')[0].listener);
console.log('emit returns', e.emit('x'));
console.log('emit again', e.emit('x'));
console.log('no listeners', e.emit('nothing'));
e.off('x', f);
console.log(e.listenerCount('x'));
e.removeAllListeners('x');
e.removeAllListeners();
console.log(e.eventNames(), e.listenerCount('newListener'));

// A once listener can be removed by its original function.
const g = () => console.log('never');
e.once('y', g);
e.removeListener('y', g);
console.log(e.emit('y'));

// Listeners added during emit do not run in that round; removed ones still do.
const r = new EventEmitter();
const late = () => console.log('late');
r.on('z', () => { console.log('first'); r.on('z', late); r.removeListener('z', second); });
const second = () => console.log('second still runs this round');
r.on('z', second);
r.emit('z');
console.log('--');
r.emit('z');

// Arguments and this.
const a = new EventEmitter();
a.on('args', function(...args) { console.log(this === a, args); });
a.emit('args');
a.emit('args', 1);
a.emit('args', 1, 2, 3, 4, 5);
const sym = Symbol('s');
a.on(sym, () => console.log('symbol event'));
a.emit(sym);
console.log(a.eventNames());
