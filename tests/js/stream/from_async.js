'use strict';
// Readable.from over async generators: break runs their finally, errors
// reach the loop, destroy() while a value is pending.
const { Readable } = require('stream');
const log = console.log;
(async () => {
  const gen = async function* () { try { yield 1; yield 2; yield 3; } finally { log('async gen finally'); } };
  const r = Readable.from(gen());
  for await (const x of r) { log('got', x); if (x === 2) break; }
  log('after break');
  const r2 = Readable.from([Promise.resolve(1), 2, Promise.resolve(3), 4], { highWaterMark: 3 });
  const seq = [];
  r2.on('data', (d) => seq.push(d));
  await new Promise((res) => r2.on('end', res));
  log(seq);
  const g3 = async function* () { yield 'a'; throw new Error('agen fail'); };
  try { for await (const x of Readable.from(g3())) log('g3', x); } catch (e) { log('caught', e.message); }
  const r4 = Readable.from(async function* () { try { yield 1; await new Promise((r) => setTimeout(r, 50)); yield 2; } finally { log('r4 finally'); } }());
  r4.on('close', () => log('r4 close'));
  r4.once('data', () => { r4.destroy(new Error('stop')); });
  r4.on('error', (e) => log('r4 error', e.message));
})();
