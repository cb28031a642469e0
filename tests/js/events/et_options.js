'use strict';
// addEventListener option forms, handleEvent looked up at dispatch time,
// a signal aborted during dispatch, subclasses.
const et = new EventTarget();
const f = (e) => console.log('f', e.type);
for (const [label, options] of [['string', 'str'], ['number', 1], ['function', () => {}], ['null', null]]) {
  try {
    et.addEventListener('opt', f, options);
    console.log(label, 'options accepted');
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}
try {
  et.removeEventListener('opt', f, 'str');
  console.log('removeEventListener ignores bad options');
} catch (e) {
  console.log(e.code);
}
et.addEventListener(1, f);
et.dispatchEvent(new Event('1'));
const o = { handleEvent() { console.log('first handleEvent'); } };
et.addEventListener('h', o);
o.handleEvent = function() { console.log('replaced handleEvent', this === o); };
et.dispatchEvent(new Event('h'));
const ac = new AbortController();
et.addEventListener('z', () => { console.log('z1'); ac.abort(); });
et.addEventListener('z', () => console.log('z2 never'), { signal: ac.signal });
et.dispatchEvent(new Event('z'));
et.addEventListener('p', f, { passive: true });
et.addEventListener('p', f, { once: true });
console.log('same listener, other flags: ignored', require('events').getEventListeners(et, 'p').length);
class T extends EventTarget {
  constructor() {
    super();
    this.x = 1;
  }
}
const t = new T();
t.addEventListener('a', function() { console.log('subclass', this.x); });
t.dispatchEvent(new Event('a'));
class MyEvent extends Event {
  constructor() {
    super('my');
    this.extra = 5;
  }
}
t.addEventListener('my', (e) => console.log(e.extra, e instanceof MyEvent));
t.dispatchEvent(new MyEvent());
console.log(Object.getOwnPropertyNames(t));
