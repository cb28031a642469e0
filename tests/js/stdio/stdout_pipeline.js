// pipeline() into process.stdout calls back without ending it: writes
// after the pipeline still work. (A second pipeline into stdout never
// calls back in node 24, so there is only one here.)
const { pipeline, Readable, Transform } = require('stream');

const upper = new Transform({
  transform(chunk, enc, cb) { cb(null, String(chunk).toUpperCase()); },
});
pipeline(Readable.from(['one\n', 'two\n']), upper, process.stdout, (err) => {
  console.log('pipeline callback, error:', err);
  console.log('writable:', process.stdout.writable, 'ended:', process.stdout.writableEnded);
  process.stdout.write('written after the pipeline\n');
});
