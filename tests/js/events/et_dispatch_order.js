'use strict';
// Adding and removing listeners while an event is dispatched, and
// stopImmediatePropagation / stopPropagation / cancelBubble.
const et = new EventTarget();
const b = () => console.log('b');
et.addEventListener('r', () => {
  console.log('a');
  et.removeEventListener('r', b);
  et.addEventListener('r', () => console.log('added'));
});
et.addEventListener('r', b);
et.dispatchEvent(new Event('r'));
console.log('--');
et.dispatchEvent(new Event('r'));

const s = new EventTarget();
s.addEventListener('s', (e) => { console.log('s1'); e.stopImmediatePropagation(); console.log(e.cancelBubble); });
s.addEventListener('s', () => console.log('s2 (never)'));
s.dispatchEvent(new Event('s'));

const p = new EventTarget();
p.addEventListener('p', (e) => { e.stopPropagation(); console.log('p1', e.cancelBubble); });
p.addEventListener('p', () => console.log('p2 still runs'));
p.dispatchEvent(new Event('p'));

const e = new Event('c');
e.cancelBubble = false;
console.log(e.cancelBubble);
e.cancelBubble = true;
console.log(e.cancelBubble);

// The same event cannot be dispatched while it is being dispatched.
const r = new EventTarget();
const ev = new Event('again');
r.addEventListener('again', () => {
  try {
    r.dispatchEvent(ev);
  } catch (err) {
    console.log(err.name, err.code, err.message);
  }
});
r.dispatchEvent(ev);
// ...but it can be dispatched again afterwards.
console.log(r.dispatchEvent(ev));
