'use strict';
// addEventListener(type, null) warns and does nothing.
process.on('warning', (w) => console.log(w.name, w.message));
const et = new EventTarget();
console.log(et.addEventListener('x', null));
console.log(require('events').getEventListeners(et, 'x'));
