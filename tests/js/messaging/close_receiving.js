'use strict';
// A port closed by its own message listener still emits what was already
// queued; posting a port's peer through it loses the channel (warning).
const { port1, port2 } = new MessageChannel();
port1.on('message', (m) => {
  console.log('got', m);
  port1.close();
});
port1.on('close', () => console.log('close 1'));
port2.postMessage('foo');
port2.postMessage('bar');

const c = new MessageChannel();
c.port2.onmessage = () => console.log('never');
const ab = new ArrayBuffer(3);
console.log(c.port2.postMessage(null, [c.port1, ab]), ab.byteLength);
c.port2.on('close', () => console.log('c close 2'));
