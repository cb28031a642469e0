'use strict';
// A throwing listener does not stop the dispatch; its error becomes an
// uncaught exception on a later tick. An async listener's rejection too.
process.on('uncaughtException', (err) => console.log('uncaught', err.message));
const et = new EventTarget();
et.addEventListener('t', () => { throw new Error('boom'); });
et.addEventListener('t', () => console.log('second listener runs'));
et.addEventListener('t', async () => { throw new Error('async boom'); });
console.log('dispatch returned', et.dispatchEvent(new Event('t')));
console.log('sync code done');
