'use strict';
// Argument validation of Event, CustomEvent and EventTarget.
function attempt(label, fn) {
  try {
    const r = fn();
    console.log(label, 'ok', r);
  } catch (err) {
    console.log(label, err.name, err.code, err.message);
  }
}
const et = new EventTarget();
attempt('Event()', () => new Event());
attempt('Event(x, 1)', () => new Event('x', 1));
attempt('Event(x, str)', () => new Event('x', 'str'));
attempt('Event(x, null)', () => new Event('x', null).type);
attempt('Event(1)', () => new Event(1).type);
attempt('Event(null)', () => new Event(null).type);
attempt('CustomEvent()', () => new CustomEvent());
attempt('add()', () => et.addEventListener());
attempt('add(x)', () => et.addEventListener('x'));
attempt('add(x, 1)', () => et.addEventListener('x', 1));
attempt('add(x, {})', () => et.addEventListener('x', {}));
attempt('remove(x)', () => et.removeEventListener('x'));
attempt('dispatch()', () => et.dispatchEvent());
attempt('dispatch(str)', () => et.dispatchEvent('x'));
attempt('dispatch({})', () => et.dispatchEvent({ type: 'x' }));
attempt('Event type getter', () => Event.prototype.type);
attempt('CustomEvent detail getter', () => CustomEvent.prototype.detail);
attempt('dispatch on plain', () => EventTarget.prototype.dispatchEvent.call({}, new Event('x')));
attempt('add on plain', () => EventTarget.prototype.addEventListener.call({}, 'x', () => {}));
attempt('preventDefault on plain', () => Event.prototype.preventDefault.call({}));
attempt('add(Symbol)', () => et.addEventListener(Symbol('s'), () => {}));
attempt('remove(Symbol)', () => et.removeEventListener(Symbol('s'), () => {}));
attempt('add(Symbol) aborted signal', () => et.addEventListener(Symbol('s'), () => {}, { signal: AbortSignal.abort() }));
