'use strict';
// MessageChannel basics: globals, delivery order and timing against
// ticks, promise jobs, timers and immediates, the event's fields.
for (const name of ['MessageChannel', 'MessagePort', 'MessageEvent', 'BroadcastChannel']) {
  const d = Object.getOwnPropertyDescriptor(globalThis, name);
  console.log(name, typeof globalThis[name], d.enumerable, Object.keys(globalThis).includes(name));
}
console.log(Object.prototype.toString.call(new MessageEvent('x')));
console.log(MessagePort.prototype instanceof EventTarget, MessageChannel.length, MessageEvent.length);

const { port1, port2 } = new MessageChannel();
console.log(Object.keys(new MessageChannel()), port1 instanceof MessagePort, port1 instanceof EventTarget);
port2.onmessage = (e) => {
  console.log('msg', e.data, e instanceof MessageEvent, e.type, e.target === port2, e.ports, e.source, e.origin === '',
              e.lastEventId === '');
  Promise.resolve().then(() => console.log('  job after', e.data));
  process.nextTick(() => console.log('  tick after', e.data));
};
// Posted from a timer: the messages come in the poll phase of this
// iteration, before its immediates and the next timers.
setTimeout(() => {
  setTimeout(() => console.log('timeout'), 0);
  setImmediate(() => console.log('immediate'));
  port1.postMessage(1);
  port1.postMessage({ a: [2], m: new Map([[1, 2]]) });
  const original = { deep: { x: 1 } };
  port1.postMessage(original);
  original.deep.x = 99;
  Promise.resolve().then(() => console.log('job'));
  process.nextTick(() => console.log('tick'));
  setTimeout(() => {
    port1.postMessage(3);
    setImmediate(() => console.log('immediate 2'));
    setTimeout(() => {
      console.log('timeout 2');
      port1.close();
    }, 0);
  }, 5);
}, 1);
port1.on('close', (...args) => console.log('close 1', args.length, args[0].type));
port2.addEventListener('close', (e) => console.log('close 2', e.type));
