'use strict';
// BroadcastChannel within one process: every other channel of that name
// gets a copy, the sender does not.
function show(fn) {
  try {
    console.log('ok', fn());
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
show(() => new BroadcastChannel());
const a = new BroadcastChannel('news');
const b = new BroadcastChannel('news');
const c = new BroadcastChannel('news');
const other = new BroadcastChannel('other');
console.log(a.name, String(a), a instanceof EventTarget);
a.onmessage = () => console.log('sender heard itself');
other.onmessage = () => console.log('wrong name');
b.onmessage = (e) => {
  console.log('b', e.data, e.target === b, e instanceof MessageEvent);
  e.data.x = 2;
};
c.addEventListener('message', (e) => {
  console.log('c', e.data);
  b.close();
  c.close();
  a.close();
  other.close();
  show(() => a.postMessage(1));
  console.log(a.name);
});
a.postMessage({ x: 1 });
show(() => a.postMessage(Symbol('no')));
show(() => a.postMessage());
show(() => BroadcastChannel.prototype.postMessage.call({}, 1));
