'use strict';
// assert.rejects / doesNotReject: promises and promise-returning functions.
const assert = require('assert');

function report(label) {
  return [
    () => console.log(label, 'resolved'),
    (e) => console.log(label, JSON.stringify([e.name, e.code, e.operator, e.generatedMessage]), e.message),
  ];
}

(async () => {
  const steps = [
    ['no rejection', () => assert.rejects(Promise.resolve(1))],
    ['matching class', () => assert.rejects(Promise.reject(new TypeError('t')), TypeError)],
    ['wrong class', () => assert.rejects(Promise.reject(new TypeError('t')), RangeError)],
    ['regexp miss', () => assert.rejects(Promise.reject(new Error('boom')), /bam/)],
    ['function', () => assert.rejects(async () => { throw new Error('f'); }, { message: 'f' })],
    ['not a promise', () => assert.rejects(() => 5)],
    ['bad argument', () => assert.rejects(5)],
    ['missing with name', () => assert.rejects(Promise.resolve(), Error, 'why')],
    ['doesNotReject ok', () => assert.doesNotReject(Promise.resolve(2))],
    ['doesNotReject fails', () => assert.doesNotReject(() => Promise.reject(new Error('boom')))],
    ['doesNotReject msg', () => assert.doesNotReject(Promise.reject(new Error('boom')), 'because')],
    ['doesNotReject other', () => assert.doesNotReject(Promise.reject(new Error('boom')), TypeError)],
  ];
  for (const [label, run] of steps) {
    const [ok, bad] = report(label);
    await run().then(ok, bad);
  }
  const p = assert.rejects(Promise.reject(new Error('x')));
  console.log('returns a promise:', p instanceof Promise);
  await p;
})();
