// process is an EventEmitter.
const EventEmitter = require('events');
console.log('instanceof EventEmitter:', process instanceof EventEmitter);
const f = () => console.log('custom event');
console.log('on returns process:', process.on('jolt-custom', f) === process);
console.log('listenerCount:', process.listenerCount('jolt-custom'));
process.emit('jolt-custom');
process.off('jolt-custom', f);
console.log('after off:', process.listenerCount('jolt-custom'), process.emit('jolt-custom'));
process.once('jolt-once', (a) => console.log('once got', a));
process.emit('jolt-once', 1);
process.emit('jolt-once', 2);
