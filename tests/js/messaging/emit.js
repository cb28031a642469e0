'use strict';
// Node's EventEmitter-style side of MessagePort: emit(), on() with
// non-message events, close(callback), and the constructors' call errors.
function show(fn) {
  try {
    console.log('ok', fn());
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
show(() => MessagePort());
show(() => new MessagePort());
show(() => MessageChannel());
const { port1, port2 } = new MessageChannel();
console.log(port1.constructor === MessagePort, MessagePort.name, Object.getPrototypeOf(port1) === MessagePort.prototype);
port2.addEventListener('foo', (e) => console.log('listener', e.type, e.detail, e instanceof CustomEvent));
port2.on('foo', (arg) => console.log('on', arg));
console.log('emit', port2.emit('foo', 'bar'));
port2.on('message', (data) => console.log('message', data));
port2.emit('message', { x: 1 });
port1.postMessage('posted');

show(() => port1.postMessage(5, { transfer: null }));
show(() => port1.postMessage(5, { transfer: {} }));
show(() => port1.postMessage(5, { transfer: { [Symbol.iterator]() { return { next: 42 }; } } }));
show(() => port1.postMessage(5, { [Symbol.iterator]() { return {}; } }));

const closed = new MessageChannel();
closed.port1.close();
const buf = new ArrayBuffer(10);
show(() => port1.postMessage(null, [buf, closed.port2]));
console.log('buffer kept', buf.byteLength);

setTimeout(() => port2.close(() => console.log('close callback')), 5);
