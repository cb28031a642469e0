// A Transform with both final and flush: flush starts once final has
// called back (at 'prefinish'), and 'finish' (with the end() callback) does
// not wait for it, so a flush that completes asynchronously ends the
// readable side after 'finish'. A flush error then destroys the stream.
'use strict';
const { Transform } = require('stream');

const log = (s) => console.log(s);
const t = new Transform({
  objectMode: true,
  transform(chunk, enc, next) {
    log(`transform ${chunk}`);
    this.push(chunk);
    process.nextTick(next);
  },
  final(done) {
    log('final start');
    setTimeout(() => {
      log('final done');
      done();
    }, 5);
  },
  flush(done) {
    log('flush start');
    process.nextTick(() => {
      log('flush done');
      done(null, 'flushed');
    });
  },
});
t.on('prefinish', () => log('prefinish'));
t.on('finish', () => log('finish'));
t.on('data', (d) => log(`data ${d}`));
t.on('end', () => {
  log('end');
  failingFlush();
});
t.write(1);
t.end(2, () => log('end() callback'));

function failingFlush() {
  const f = new Transform({
    transform(chunk, enc, next) { next(null, chunk); },
    final(done) { done(); },
    flush(done) { done(new Error('flush failed')); },
  });
  f.on('error', (e) => log(`error ${e.message}`));
  f.on('finish', () => log('failing: finish'));
  f.on('close', () => log('failing: close'));
  f.resume();
  f.end('x');
}
