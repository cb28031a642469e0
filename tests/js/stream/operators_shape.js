// The iterator helpers on Readable.prototype look as node's do: not
// enumerable, with node's .length, and the ones returning a stream cannot
// be called with `new`.
'use strict';
const { Readable } = require('stream');

for (const name of ['map', 'filter', 'flatMap', 'drop', 'take', 'compose', 'forEach', 'toArray', 'find', 'some',
  'every', 'reduce']) {
  const d = Object.getOwnPropertyDescriptor(Readable.prototype, name);
  let constructible = true;
  try {
    new Readable.prototype[name](1); // eslint-disable-line new-cap
  } catch (e) {
    constructible = !(e instanceof TypeError);
  }
  console.log(name, 'length', d.value.length, 'enumerable', d.enumerable, 'writable', d.writable,
    'configurable', d.configurable, 'new works', constructible);
}
console.log('in for-in:', Object.keys(Readable.prototype).filter((k) => k === 'map' || k === 'take'));
