'use strict';
// Event and CustomEvent fields, constants and property layout.
const e = new Event('x');
console.log(e.type, e.bubbles, e.cancelable, e.composed, e.defaultPrevented, e.isTrusted);
console.log(e.eventPhase, e.target, e.currentTarget, e.srcElement, e.returnValue, e.cancelBubble);
console.log(e.composedPath(), typeof e.timeStamp, e.timeStamp >= 0);
console.log(Event.NONE, Event.CAPTURING_PHASE, Event.AT_TARGET, Event.BUBBLING_PHASE, e.NONE);
console.log(Object.keys(e), Object.getOwnPropertyNames(e));
console.log(Object.getOwnPropertyNames(Event.prototype).sort());
console.log(Object.getOwnPropertyNames(EventTarget.prototype));
console.log(Object.getOwnPropertyDescriptor(Event.prototype, 'isTrusted').configurable);
console.log(Object.getOwnPropertyDescriptor(Event.prototype, 'type').enumerable);
console.log(Object.prototype.toString.call(e), Object.prototype.toString.call(new EventTarget()),
            Object.prototype.toString.call(new CustomEvent('c')));
console.log(EventTarget.length, Event.length, CustomEvent.length);

const all = new Event('y', { bubbles: true, cancelable: true, composed: true });
console.log(all.bubbles, all.cancelable, all.composed);
all.returnValue = true;
console.log(all.defaultPrevented);
all.returnValue = false;
console.log(all.defaultPrevented, all.returnValue);
all.returnValue = true;
console.log('returnValue = true does not undo', all.defaultPrevented);

const notCancelable = new Event('z');
notCancelable.preventDefault();
console.log(notCancelable.defaultPrevented);

const init = new Event('a');
init.initEvent('b', true, true);
console.log(init.type, init.bubbles, init.cancelable);

const ce = new CustomEvent('c', { detail: { a: 1 }, cancelable: true });
console.log(ce.detail, ce.cancelable, new CustomEvent('c').detail, ce instanceof Event);
class MyEvent extends Event {}
console.log(new MyEvent('m').type, new MyEvent('m') instanceof Event);
