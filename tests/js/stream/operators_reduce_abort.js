// reduce() with an already aborted signal destroys the stream and rejects
// with an AbortError without calling the reducer; the reducer always gets a
// signal of its own, which is aborted once the reduction is over.
'use strict';
const { Readable } = require('stream');

(async () => {
  const stream = Readable.from([1, 2, 3]);
  let calls = 0;
  try {
    await stream.reduce(() => calls++, 0, { signal: AbortSignal.abort() });
  } catch (e) {
    console.log('pre-aborted:', e.name, 'calls', calls);
  }
  await new Promise((r) => setImmediate(r));
  console.log('stream destroyed', stream.destroyed);

  let last;
  const sum = await Readable.from([1, 2, 3]).reduce((acc, x, { signal }) => {
    last = signal;
    console.log('reducer signal aborted during the run:', signal.aborted);
    return acc + x;
  }, 0);
  console.log('sum', sum, 'signal aborted after:', last.aborted);
})();
