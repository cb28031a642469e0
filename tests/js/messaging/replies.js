'use strict';
// Messages posted while a round of delivery runs arrive in the same round,
// before the immediates; 'close' comes after the immediates.
const { port1, port2 } = new MessageChannel();
port1.onmessage = (e) => {
  console.log('port1 got', e.data);
  if (e.data < 3) {
    port1.postMessage(e.data + 1);
    setImmediate(() => console.log('immediate', e.data));
  } else {
    port1.close();
  }
};
port2.onmessage = (e) => {
  console.log('port2 got', e.data);
  port2.postMessage(e.data * 10);
};
port2.postMessage(1);

const c = new MessageChannel();
c.port1.on('close', () => console.log('c close'));
c.port1.on('message', (...args) => console.log('c message', args));
c.port2.postMessage('a');
c.port2.postMessage('b');
c.port2.close();
setImmediate(() => console.log('c immediate'));
