// some(), every() and find() stop calling fn as soon as the answer is known
// (nothing reads ahead of them), and the source stream is destroyed.
'use strict';
const { Readable } = require('stream');

async function check(name, run) {
  const stream = Readable.from([1, 2, 3, 4, 5]);
  const calls = [];
  const answer = await run(stream, calls);
  await new Promise((r) => setTimeout(r, 1));
  console.log(name, answer, 'calls', calls, 'destroyed', stream.destroyed);
}

(async () => {
  await check('some', (s, calls) => s.some((x) => (calls.push(x), x > 2)));
  await check('every', (s, calls) => s.every((x) => (calls.push(x), x < 3)));
  await check('find', (s, calls) => s.find((x) => (calls.push(x), x > 1)));
  await check('find async', (s, calls) => s.find(async (x) => (calls.push(x), x > 3)));
})();
