'use strict';
// events.on(): async iteration, close, error, abort, EventTarget, watermarks.
const EventEmitter = require('events');
const { on, getEventListeners } = EventEmitter;
(async () => {
  const src = new EventEmitter();
  process.nextTick(() => {
    src.emit('d', 1);
    src.emit('d', 2);
    src.emit('d', 3);
    src.emit('end');
  });
  for await (const v of on(src, 'd', { close: ['end'] })) console.log('on', v);
  console.log('on done', src.listenerCount('d'), src.listenerCount('end'), src.listenerCount('error'));

  const src2 = new EventEmitter();
  process.nextTick(() => {
    src2.emit('d', 'a');
    src2.emit('error', new Error('on err'));
  });
  try {
    for await (const v of on(src2, 'd')) console.log('on2', v);
  } catch (err) {
    console.log('on2 err', err.message, src2.listenerCount('d'));
  }

  const ac = new AbortController();
  const src3 = new EventEmitter();
  process.nextTick(() => {
    src3.emit('d', 'x');
    ac.abort();
  });
  try {
    for await (const v of on(src3, 'd', { signal: ac.signal })) console.log('on3', v);
  } catch (err) {
    console.log('on3 err', err.name, err.code, src3.listenerCount('d'));
  }

  const et = new EventTarget();
  const it = on(et, 'foo');
  et.dispatchEvent(new Event('foo'));
  const r = await it.next();
  console.log('EventTarget', r.done, r.value[0].type);
  console.log(await it.return(), getEventListeners(et, 'foo').length);

  // highWaterMark pauses an emitter that has pause()/resume().
  const flow = new EventEmitter();
  flow.pause = () => console.log('pause');
  flow.resume = () => console.log('resume');
  const fit = on(flow, 'v', { highWaterMark: 2, lowWaterMark: 1 });
  for (let i = 0; i < 4; i++) flow.emit('v', i);
  for (let i = 0; i < 4; i++) console.log('got', (await fit.next()).value);
  await fit.return();
})();
