'use strict';
// captureRejections: per instance, the static default, and the
// Symbol.for('nodejs.rejection') hook.
const EventEmitter = require('events');
const c = new EventEmitter({ captureRejections: true });
c.on('ev', async () => { throw new Error('rejected listener'); });
c.on('error', (err) => console.log('captured', err.message));
c.emit('ev');
const d = new EventEmitter({ captureRejections: true });
d[Symbol.for('nodejs.rejection')] = (err, ev, ...args) => console.log('rejection hook', err.message, ev, args);
d.on('ev', async () => { throw new Error('r2'); });
d.emit('ev', 1, 2);
console.log(EventEmitter.captureRejections);
EventEmitter.captureRejections = true;
const s = new EventEmitter();
s.on('ev', () => Promise.reject(new Error('static default')));
s.on('error', (err) => console.log('static captured', err.message));
s.emit('ev');
EventEmitter.captureRejections = false;
const off = new EventEmitter();
off.on('ev', async () => 'fine');
console.log(off.emit('ev'));
console.log('sync end');
