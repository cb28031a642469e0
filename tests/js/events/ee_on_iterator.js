'use strict';
// events.on() iterator: pending next() calls, errors, return(), throw(),
// close events, iterating 'error' itself.
const { on, EventEmitter } = require('events');
(async () => {
  const e = new EventEmitter();
  const it = on(e, 'x');
  console.log(Object.getPrototypeOf(Object.getPrototypeOf(it)) === Object.getPrototypeOf(Object.getPrototypeOf(async function* () {}).prototype), it[Symbol.asyncIterator]() === it, Object.keys(it));
  e.emit('x', 1); e.emit('x', 2);
  const p1 = it.next(), p2 = it.next(), p3 = it.next();
  e.emit('error', new Error('boom'));
  for (const p of [p1, p2, p3]) { try { console.log(await p) } catch (err) { console.log('err', err.message) } }
  console.log(await it.next(), e.listenerCount('x'), e.listenerCount('error'));
  const it2 = on(e, 'x');
  const pending = it2.next();
  console.log(await it2.return(), await pending, await it2.next());
  const it3 = on(e, 'x');
  e.emit('x', 'buffered');
  e.emit('error', new Error('after buffered'));
  try { console.log(await it3.next()); console.log(await it3.next()); } catch (err) { console.log('err3', err.message) }
  console.log(await it3.next());
  const it4 = on(e, 'x');
  const r = it4.throw(new Error('thrown in'));
  console.log(r);
  try { await it4.next() } catch (err) { console.log('it4', err.message) }
  console.log(await it4.next());
  // close events
  const it5 = on(e, 'x', { close: ['end'] });
  e.emit('x', 'a'); e.emit('end'); e.emit('x', 'b');
  for await (const v of it5) console.log('it5', v);
  // error event name itself
  const it6 = on(e, 'error');
  e.emit('error', 'as value');
  console.log(await it6.next());
  await it6.return();
})();
