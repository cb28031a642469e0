'use strict';
// setMaxListeners/getMaxListeners/listenerCount/getEventListeners on
// emitters, EventTargets and AbortSignals; addAbortListener timing.
const EventEmitter = require('events');
const ac = new AbortController();
const em = new EventEmitter();
EventEmitter.setMaxListeners(3, ac.signal, em);
console.log(EventEmitter.getMaxListeners(ac.signal), EventEmitter.getMaxListeners(em));
EventEmitter.setMaxListeners(5);
console.log(EventEmitter.defaultMaxListeners, new EventEmitter().getMaxListeners(),
            EventEmitter.getMaxListeners(new EventTarget()));
EventEmitter.defaultMaxListeners = 10;
const et = new EventTarget();
const f = () => {};
et.addEventListener('a', f);
et.addEventListener('a', { handleEvent() {} });
console.log(EventEmitter.listenerCount(et, 'a'), EventEmitter.getEventListeners(et, 'a')[0] === f);
em.on('a', f);
console.log(EventEmitter.listenerCount(em, 'a'), EventEmitter.getEventListeners(em, 'a')[0] === f);
(async () => {
  const e = new EventEmitter();
  const p = EventEmitter.once(e, 'error');
  e.emit('error', new Error('error as the awaited event'));
  console.log((await p)[0].message);
  const t = new EventTarget();
  const it = EventEmitter.on(t, 'v', { close: ['done'] });
  t.dispatchEvent(new Event('v'));
  t.dispatchEvent(new Event('done'));
  for await (const [ev] of it) console.log('on EventTarget', ev.type);
  console.log('after close');
  const s = AbortSignal.abort();
  EventEmitter.addAbortListener(s, () => console.log('addAbortListener on aborted signal'));
  process.nextTick(() => console.log('tick'));
  Promise.resolve().then(() => console.log('micro'));
})();
