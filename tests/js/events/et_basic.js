'use strict';
// EventTarget: listener order, duplicates, capture flag, handleEvent objects,
// once, passive, dispatchEvent's return value and the event's state.
const et = new EventTarget();
const log = [];
const f = function(e) {
  log.push(['f', this === et, e.eventPhase, e.target === et, e.currentTarget === et, e.composedPath().length]);
};
et.addEventListener('x', f);
et.addEventListener('x', f);           // same listener, same capture: ignored
et.addEventListener('x', f, true);     // capture is part of the identity
const obj = { handleEvent(e) { log.push(['handleEvent', this === obj, e.type]); } };
et.addEventListener('x', obj);
et.addEventListener('x', () => log.push(['once']), { once: true });
et.addEventListener('x', (e) => { e.preventDefault(); log.push(['passive', e.defaultPrevented]); }, { passive: true });

const ev = new Event('x', { cancelable: true });
console.log('dispatch 1', et.dispatchEvent(ev), ev.defaultPrevented, ev.eventPhase, ev.currentTarget, ev.target === et);
console.log(log.splice(0));
console.log('dispatch 2', et.dispatchEvent(new Event('x')));
console.log(log.splice(0));

et.addEventListener('x', (e) => e.preventDefault());
const c = new Event('x', { cancelable: true });
console.log('canceled', et.dispatchEvent(c), c.defaultPrevented, c.returnValue);
log.length = 0;

et.removeEventListener('x', f);
et.removeEventListener('x', obj);
et.dispatchEvent(new Event('x'));
console.log('after remove', log.map((e) => e[0]));
et.removeEventListener('x', f, { capture: true });
log.length = 0;
et.dispatchEvent(new Event('x'));
console.log('after capture remove', log.map((e) => e[0]));
