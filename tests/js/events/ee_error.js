'use strict';
// 'error' without a listener throws; errorMonitor sees it first.
const EventEmitter = require('events');
const { errorMonitor } = EventEmitter;
function attempt(label, f) {
  try {
    console.log(label, 'ok', f());
  } catch (err) {
    console.log(label, err.name, err.code, err.message, err.context);
  }
}
const e = new EventEmitter();
attempt('Error', () => e.emit('error', new Error('x')));
attempt('string', () => e.emit('error', 'str'));
attempt('object', () => e.emit('error', { a: 1 }));
attempt('nothing', () => e.emit('error'));
attempt('number', () => e.emit('error', 42));
const ee = new EventEmitter();
ee.on(errorMonitor, (err) => console.log('monitor', err.message));
ee.on('error', (err) => console.log('error', err.message));
console.log(ee.emit('error', new Error('E1')));
const em = new EventEmitter();
em.on(errorMonitor, (err) => console.log('monitor only', err.message));
attempt('monitor only', () => em.emit('error', new Error('E2')));
console.log(errorMonitor.toString(), EventEmitter.captureRejectionSymbol.toString());
