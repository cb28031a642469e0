'use strict';
// notStrictEqual / notDeepStrictEqual / notDeepEqual: short values inline,
// longer ones below the header, very long ones cut after 46 lines.
const assert = require('assert');

const same = {};
const fn = function f() {};
const cases = [
  ['notDeepStrictEqual', {}, {}], ['notDeepStrictEqual', [], []], ['notStrictEqual', same, same],
  ['notStrictEqual', fn, fn], ['notDeepStrictEqual', fn, fn], ['notDeepEqual', {}, {}],
  ['notDeepStrictEqual', 'a\nb', 'a\nb'], ['notDeepStrictEqual', 'abc', 'abc'], ['notDeepStrictEqual', 'abcd', 'abcd'],
  ['notStrictEqual', 12345, 12345], ['notStrictEqual', 123456, 123456], ['notDeepStrictEqual', true, true],
  ['notDeepStrictEqual', undefined, undefined],
  ['notStrictEqual', Array.from({ length: 50 }, (_, i) => i), null],
  ['notStrictEqual', 'A\n'.repeat(60), null],
  ['notDeepEqual', { a: [1, 2] }, { a: ['1', 2] }],
];
for (const [name, a, b] of cases) {
  try {
    assert[name](a, b === null ? a : b);
    console.log(name, 'no throw');
  } catch (e) {
    console.log(name, JSON.stringify(e.message));
  }
}
