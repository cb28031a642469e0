'use strict';
// Error paths of postMessage and the constructors.
function show(fn) {
  try {
    const r = fn();
    console.log('ok', r);
  } catch (e) {
    console.log(e.name, e.code, e.message, e instanceof DOMException);
  }
}
const { port1, port2 } = new MessageChannel();
show(() => new MessagePort());
show(() => port1.postMessage(() => {}));
show(() => port1.postMessage(Symbol('s')));
show(() => port1.postMessage({ f() {} }));
show(() => port1.postMessage());
show(() => port1.postMessage(1, [port1]));
show(() => port1.postMessage(1, 5));
show(() => port1.postMessage(1, { transfer: 5 }));
show(() => port1.postMessage(port2));
show(() => port1.postMessage({ p: new MessageChannel().port1 }));
show(() => MessagePort.prototype.postMessage.call({}, 1));
show(() => MessagePort.prototype.start.call({}));
show(() => new MessageEvent());
show(() => new MessageEvent('x', { ports: 5 }));
const e = new MessageEvent('x', { data: { a: 1 }, origin: 'o', lastEventId: 'l' });
console.log(e.data, e.origin, e.lastEventId, e.source, e.ports, Object.isFrozen(e.ports), e.type);
console.log(new MessageEvent('y').data);
port2.onmessage = (m) => {
  console.log('got', m.data);
  port1.close();
  show(() => port1.postMessage('after close'));
  port1.close();
};
show(() => port1.postMessage('delivered'));
