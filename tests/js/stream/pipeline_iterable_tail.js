// pipeline() whose last stage is an async generator returns a stream (a
// PassThrough in object mode carrying what the generator yields), so the
// result can be read or piped on; a failure upstream reaches the callback
// without crashing on that stream. An old-style stream (events only, no
// read()) can feed a function stage, and its 'error' reaches the callback
// even when the function never iterates it; async iteration works on such a
// stream too.
'use strict';
const { pipeline, Stream, Readable } = require('stream');

const out = pipeline(async function* () {
  yield 'a';
  yield 'b';
}, async function* (source) {
  for await (const chunk of source) yield chunk.toUpperCase();
}, (err) => console.log('tail pipeline done', err));
console.log('returned a stream:', typeof out.pipe === 'function', out.readableObjectMode);
out.on('data', (d) => console.log('tail data', d));
out.on('end', () => {
  console.log('tail end');
  failing();
});

function failing() {
  const ret = pipeline(async function* () {
    await null;
    throw new Error('kaboom');
  }, async function* (source) {
    for await (const chunk of source); // eslint-disable-line no-unused-vars, no-empty
  }, (err) => {
    console.log('failing pipeline:', err.message);
    oldStyle();
  });
  ret.resume();
}

function oldStyle() {
  const s = new Stream();
  let closes = 0;
  s.close = () => closes++;
  process.nextTick(() => {
    s.emit('data', 'x');
    s.emit('data', 'y');
    s.emit('end');
  });
  let got = '';
  pipeline(s, async function (source) {
    for await (const chunk of source) got += chunk;
  }, (err) => {
    console.log('old-style source:', err, got, 'closed', closes > 0);
    oldStyleError();
  });
}

function oldStyleError() {
  const s = new Stream();
  let destroys = 0;
  s.destroy = () => destroys++;
  process.nextTick(() => s.emit('error', new Error('v1 failure')));
  pipeline(s, async function () {}, (err) => {
    console.log('old-style error:', err.message, 'destroy calls', destroys);
    iterateOld();
  });
}

async function iterateOld() {
  const s = new Stream();
  setImmediate(() => {
    s.emit('data', 1);
    s.emit('data', 2);
    s.emit('end');
  });
  const seen = [];
  for await (const v of Readable.prototype[Symbol.asyncIterator].call(s)) seen.push(v);
  console.log('iterated old-style stream:', seen);
}
