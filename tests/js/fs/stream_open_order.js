'use strict';
// 'open' and 'ready' come before 'finish' / 'data' even when the stream is
// ended or read right away: a _construct callback takes effect a tick later,
// so what runs right after it (the 'open' emit) goes first.
const fs = require('fs');
const { Writable, Readable } = require('stream');
require('./helpers/tmp');

fs.writeFileSync('in.txt', 'abc');

function record(stream, names, label, done) {
  const seen = [];
  for (const name of names) stream.on(name, () => seen.push(name));
  stream.on('close', () => {
    console.log(label, seen.join(' '));
    done();
  });
}

const steps = [
  (done) => {
    const w = fs.createWriteStream('out.txt');
    w.end();
    record(w, ['open', 'ready', 'finish'], 'end() at once', done);
  },
  (done) => {
    const w = fs.createWriteStream('out.txt');
    w.end('x');
    record(w, ['open', 'ready', 'finish'], 'end(data) at once', done);
  },
  (done) => {
    const r = fs.createReadStream('in.txt');
    r.resume();
    record(r, ['open', 'ready', 'data', 'end'], 'read at once', done);
  },
  (done) => {
    const w = new Writable({
      construct(cb) {
        cb();
        this.emit('after-callback');
      },
      write(chunk, enc, cb) { cb(); },
    });
    w.end();
    record(w, ['after-callback', 'prefinish', 'finish'], 'Writable construct', done);
  },
  (done) => {
    const r = new Readable({
      construct(cb) {
        cb();
        this.emit('after-callback');
      },
      read() {
        this.push('z');
        this.push(null);
      },
    });
    r.resume();
    record(r, ['after-callback', 'data', 'end'], 'Readable construct', done);
  },
];

(function next() {
  const step = steps.shift();
  if (step) step(next);
})();
