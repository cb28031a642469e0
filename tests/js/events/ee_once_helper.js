'use strict';
// events.once(): values, 'error' rejection, AbortSignal, EventTarget.
const EventEmitter = require('events');
const { once, getEventListeners } = EventEmitter;
(async () => {
  const o = new EventEmitter();
  setTimeout(() => o.emit('go', 1, 2), 1);
  console.log('once', await once(o, 'go'));
  setTimeout(() => o.emit('error', new Error('once err')), 1);
  try {
    await once(o, 'go');
  } catch (err) {
    console.log('once rejected', err.message, o.listenerCount('go'), o.listenerCount('error'));
  }
  const ac = new AbortController();
  setTimeout(() => ac.abort(), 1);
  try {
    await once(o, 'go', { signal: ac.signal });
  } catch (err) {
    console.log('once aborted', err.name, err.code, err.message, err.cause.name, o.listenerCount('go'));
  }
  try {
    await once(o, 'go', { signal: AbortSignal.abort('pre') });
  } catch (err) {
    console.log('pre-aborted', err.code, err.cause);
  }
  const et = new EventTarget();
  setTimeout(() => et.dispatchEvent(new Event('ping')), 1);
  const [ev] = await once(et, 'ping');
  console.log('EventTarget once', ev.type, getEventListeners(et, 'ping').length);
  setTimeout(() => o.emit('error', new Error('direct')), 1);
  console.log('once error event', (await once(o, 'error'))[0].message);
})();
