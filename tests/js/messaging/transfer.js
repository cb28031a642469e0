'use strict';
// Transfer lists: ArrayBuffers are moved (detached here), ports are moved
// to a new MessagePort object on the receiving side.
const c = new MessageChannel();
const d = new MessageChannel();
const ab = new ArrayBuffer(4);
new Uint8Array(ab)[0] = 7;
c.port2.onmessage = (e) => {
  if (e.data.ab) {
    console.log('buffer', new Uint8Array(e.data.ab), e.data.ab.byteLength);
    return;
  }
  const moved = e.ports[0];
  console.log('port', e.data.p === moved, e.ports.length, moved instanceof MessagePort, moved === d.port2);
  moved.onmessage = (m) => {
    console.log('via moved port', m.data);
    moved.close();
    c.port2.close();
  };
  d.port1.postMessage('hello');
};
c.port1.postMessage({ ab }, [ab]);
console.log('sender buffer', ab.byteLength);
c.port1.postMessage({ p: d.port2 }, [d.port2]);
console.log('old face', d.port2.postMessage('ignored'));

const { markAsUntransferable, isMarkedAsUntransferable } = require('worker_threads');
const kept = new ArrayBuffer(2);
markAsUntransferable(kept);
console.log(isMarkedAsUntransferable(kept), isMarkedAsUntransferable({}), isMarkedAsUntransferable(1));
for (const list of [[kept], [ab], [new ArrayBuffer(1), {}]]) {
  try {
    c.port1.postMessage(1, list);
  } catch (e) {
    console.log(e.name, e.message);
  }
}
const twice = new ArrayBuffer(1);
try {
  c.port1.postMessage(1, [twice, twice]);
} catch (e) {
  console.log(e.name, e.message);
}
const viaOptions = new ArrayBuffer(3);
c.port1.postMessage({ ab: viaOptions }, { transfer: [viaOptions] });
console.log('options transfer', viaOptions.byteLength);
