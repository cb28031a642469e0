'use strict';
// Argument validation of EventEmitter and the events helpers.
const EventEmitter = require('events');
const { once, on, getEventListeners, getMaxListeners, setMaxListeners, listenerCount, addAbortListener } = EventEmitter;
function attempt(label, f) {
  try {
    const r = f();
    console.log(label, 'ok', typeof r);
  } catch (err) {
    console.log(label, err.name, err.code, err.message);
  }
}
const e = new EventEmitter();
attempt('on(x, 1)', () => e.on('x', 1));
attempt('once(x, 1)', () => e.once('x', 1));
attempt('off(x, 1)', () => e.off('x', 1));
attempt('prepend(x, 1)', () => e.prependListener('x', 1));
attempt('prependOnce(x, 1)', () => e.prependOnceListener('x', 1));
attempt('setMaxListeners(-1)', () => e.setMaxListeners(-1));
attempt('setMaxListeners("a")', () => e.setMaxListeners('a'));
attempt('setMaxListeners(NaN)', () => e.setMaxListeners(NaN));
attempt('defaultMaxListeners = -1', () => { EventEmitter.defaultMaxListeners = -1; });
attempt('defaultMaxListeners = "a"', () => { EventEmitter.defaultMaxListeners = 'a'; });
attempt('static setMaxListeners(-1)', () => setMaxListeners(-1));
attempt('static setMaxListeners(1, {})', () => setMaxListeners(1, {}));
attempt('getMaxListeners({})', () => getMaxListeners({}));
attempt('getEventListeners({})', () => getEventListeners({}, 'x'));
attempt('listenerCount({})', () => listenerCount({}, 'x'));
attempt('captureRejections = 1', () => { EventEmitter.captureRejections = 1; });
attempt('new EE({captureRejections: 1})', () => new EventEmitter({ captureRejections: 1 }));
attempt('addAbortListener(1)', () => addAbortListener(1, () => {}));
attempt('on(e, x, 1)', () => on(e, 'x', 1));
attempt('on(e, x, {signal: 1})', () => on(e, 'x', { signal: 1 }));
attempt('on(e, x, hwm 0)', () => on(e, 'x', { highWaterMark: 0 }));
attempt('on(e, x, lwm "a")', () => on(e, 'x', { lowWaterMark: 'a' }));
attempt('on({}, x)', () => on({}, 'x'));
attempt('it.throw(1)', () => on(e, 'x').throw(1));
console.log(Object.keys(EventEmitter).sort());
console.log(EventEmitter.usingDomains, typeof EventEmitter.init, EventEmitter.EventEmitter === EventEmitter);
console.log(once.length, on.length, EventEmitter.length);
(async () => {
  for (const [label, f] of [
    ['once({}, x)', () => once({}, 'x')],
    ['once(e, x, 1)', () => once(e, 'x', 1)],
    ['once(e, x, {signal: 1})', () => once(e, 'x', { signal: 1 })],
  ]) {
    try {
      await f();
    } catch (err) {
      console.log(label, 'rejects', err.code, err.message);
    }
  }
})();
