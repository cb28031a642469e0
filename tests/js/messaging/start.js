'use strict';
// Listeners and start(): a queued message waits until the port is started;
// on('message') gets the data, once() once; removing the last listener
// stops the port (its messages wait) and lets the process go.
const c = new MessageChannel();
c.port2.postMessage('early');
c.port2.postMessage('second');

const d = new MessageChannel();
const seen = [];
const f = (data) => {
  seen.push(data);
  d.port1.off('message', f);
  console.log('on got', data, d.port1.hasRef(), d.port1.listenerCount('message'));
  setTimeout(step2, 1);
};
d.port1.on('message', f);
console.log('listening', d.port1.hasRef(), d.port1.listenerCount('message'));
d.port2.postMessage({ n: 1 });
d.port2.postMessage({ n: 2 });

function step2() {
  console.log('seen', seen);
  d.port1.once('message', (data) => {
    console.log('once got', data);
    setImmediate(step3);
  });
  d.port2.postMessage('x');
}

function step3() {
  console.log('listeners after once', d.port1.listenerCount('message'));
  d.port1.close();
  console.log('starting c');
  c.port1.addEventListener('message', (e) => {
    console.log('listener', e.data);
    if (e.data === 'second') c.port1.close();
  });
  c.port1.start();
  c.port1.start();
}
