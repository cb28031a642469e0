'use strict';
// Without an uncaughtException handler the listener's error ends the process.
const et = new EventTarget();
et.addEventListener('t', () => { throw new Error('boom from listener'); });
et.dispatchEvent(new Event('t'));
console.log('still printed: the error is thrown on the next tick');
