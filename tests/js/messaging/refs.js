'use strict';
// hasRef/ref/unref and what keeps the process alive.
const a = new MessageChannel();
console.log('fresh', a.port1.hasRef(), a.port2.hasRef());
a.port1.start();
console.log('started', a.port1.hasRef());
a.port1.onmessage = () => {};
console.log('onmessage', a.port1.hasRef(), a.port2.hasRef());
a.port1.unref();
console.log('unref', a.port1.hasRef());
a.port1.ref();
console.log('ref', a.port1.hasRef());
a.port1.unref();

const b = new MessageChannel();
b.port1.ref();
console.log('ref without listener', b.port1.hasRef());
b.port1.unref();

// A listening port keeps the process alive until it is closed.
const c = new MessageChannel();
c.port1.on('message', (m) => console.log('c got', m));
const t = setTimeout(() => {
  console.log('still alive');
  c.port2.postMessage('bye');
  setTimeout(() => c.port2.close(), 5);
}, 30);
t.unref();
process.on('exit', () => console.log('exit'));
