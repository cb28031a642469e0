'use strict';
// EventEmitter.emit with three listeners.
const { bench } = require('./harness');
const EventEmitter = require('events');

const ee = new EventEmitter();
let n = 0;
for (let i = 0; i < 3; i++) ee.on('tick', (a, b) => { n += a + b; });
bench('events: emit, 3 listeners, 2 args', () => ee.emit('tick', 1, 2));
