'use strict';
// EventEmitter.emit with three listeners.
const { bench } = require('./harness');
const EventEmitter = require('events');

const ee = new EventEmitter();
let n = 0;
for (let i = 0; i < 3; i++) ee.on('tick', (a, b) => { n += a + b; });
bench('events: emit, 3 listeners, 2 args', () => ee.emit('tick', 1, 2));

// emitter.once() + emit: the once wrapper is made and removed each time.
const one = new EventEmitter();
const onceListener = () => { n++; };
bench('events: once + emit', () => {
  one.once('t', onceListener);
  return one.emit('t');
});

// EventTarget.dispatchEvent with three listeners (a new Event per call, as
// real code does).
const target = new EventTarget();
for (let i = 0; i < 3; i++) target.addEventListener('tick', () => { n++; });
bench('events: EventTarget dispatchEvent, 3 listeners', () => target.dispatchEvent(new Event('tick')));
