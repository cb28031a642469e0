'use strict';
// fs.createReadStream / createWriteStream: event order, ranges, options,
// errors, and pipeline between them.
const fs = require('fs');
const { pipeline } = require('stream');
const { show } = require('./helpers/tmp');

fs.writeFileSync('in.txt', 'abcdefghijklmnopqrstuvwxyz');

function watchEvents(stream, label, done) {
  const events = [];
  for (const name of ['open', 'ready', 'end', 'finish', 'close', 'error']) {
    stream.on(name, (arg) => {
      events.push(name === 'open' ? `open:${typeof arg}` : name === 'error' ? `error:${arg.code}` : name);
      if (name === 'close') {
        console.log(label, events.join(' '));
        done();
      }
    });
  }
}

function step1(next) {
  const r = fs.createReadStream('in.txt', { start: 2, end: 9, highWaterMark: 3 });
  console.log(r.pending, r.path, r.bytesRead, r instanceof fs.ReadStream);
  const chunks = [];
  r.on('data', (c) => chunks.push(c.toString()));
  watchEvents(r, 'read range', () => {
    console.log(chunks, r.bytesRead, r.pending);
    next();
  });
}

function step2(next) {
  const r = fs.createReadStream('in.txt', { encoding: 'utf8', start: 20 });
  let text = '';
  r.on('data', (c) => { text += c; });
  r.on('end', () => console.log('encoding', typeof text, text));
  r.on('close', next);
}

function step3(next) {
  const r = fs.createReadStream('missing.txt');
  watchEvents(r, 'read missing', next);
}

function step4(next) {
  const w = fs.createWriteStream('out.txt');
  console.log(w.pending, w.path, w instanceof fs.WriteStream);
  w.write('one ');
  w.write(Buffer.from('two '));
  w.end('three', () => console.log('end callback', w.bytesWritten));
  watchEvents(w, 'write', () => {
    console.log(fs.readFileSync('out.txt', 'utf8'));
    next();
  });
}

function step5(next) {
  const w = fs.createWriteStream('out.txt', { flags: 'r+', start: 4 });
  w.end('TWO', () => {
    console.log('start option', fs.readFileSync('out.txt', 'utf8'));
  });
  w.on('close', next);
}

function step6(next) {
  const w = fs.createWriteStream('out.txt', { flags: 'a' });
  w.end('!', () => console.log('append flag', fs.readFileSync('out.txt', 'utf8')));
  w.on('close', next);
}

function step7(next) {
  const fd = fs.openSync('in.txt', 'r');
  const r = fs.createReadStream(null, { fd, start: 0, end: 2 });
  r.on('data', (c) => console.log('fd stream', c.toString(), r.path));
  r.on('close', () => {
    show('fd closed by autoClose', () => fs.fstatSync(fd));
    next();
  });
}

function step8(next) {
  pipeline(fs.createReadStream('in.txt', { highWaterMark: 4 }), fs.createWriteStream('copy.txt'), (err) => {
    console.log('pipeline', err, fs.readFileSync('copy.txt', 'utf8'));
    next();
  });
}

function step9(next) {
  show('start > end', () => fs.createReadStream('in.txt', { start: 5, end: 2 }));
  show('negative start', () => fs.createReadStream('in.txt', { start: -1 }));
  show('bad path', () => fs.createReadStream(5));
  const w = fs.createWriteStream('dir-missing/out.txt');
  watchEvents(w, 'write missing dir', next);
}

function step10(next) {
  (async () => {
    const fh = await fs.promises.open('in.txt');
    const r = fh.createReadStream({ start: 23 });
    let text = '';
    for await (const c of r) text += c;
    console.log('FileHandle stream', text, fh.fd);
    next();
  })();
}

const steps = [step1, step2, step3, step4, step5, step6, step7, step8, step9, step10];
const run = (i) => { if (i < steps.length) steps[i](() => run(i + 1)); };
run(0);
