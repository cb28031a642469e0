// A destination whose write() throws while a pipe feeds it (an object into a
// byte stream, a _transform that throws) is destroyed with that error: its
// 'error' listeners get it and a for-await over it rejects, as in node,
// instead of the error escaping the source's 'data' event.
'use strict';
const { Readable, Transform } = require('stream');

const objects = Readable.from([{ hello: 'hello' }, { world: 'world' }]);
const bytes = new Transform({
  transform(chunk, enc, cb) {
    this.push(chunk);
    cb(null);
  },
});
bytes.on('error', (e) => console.log('bytes error:', e.code));
objects.pipe(bytes);
(async () => {
  try {
    for await (const _ of bytes) console.log('got', _);
  } catch (e) {
    console.log('for await rejected:', e.code);
  }
  const strings = Readable.from(['hello', 'world']);
  const throwing = new Transform({
    transform(chunk, enc, cb) {
      this.push(chunk);
      throw new Error('something went wrong');
    },
  });
  throwing.on('error', (e) => console.log('throwing error:', e.message, 'destroyed:', throwing.destroyed));
  strings.pipe(throwing);
})();
