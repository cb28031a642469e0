'use strict';
// Many fs/promises reads at once (settled together per loop turn in jolt),
// and file streams whose chunks come straight from the binding unless the
// fs they were given has its own read/write (or fs.read/fs.write were
// replaced after the stream was made).
const fs = require('fs');
const fsp = fs.promises;
const { pipeline } = require('stream');
require('./helpers/tmp');

fs.mkdirSync('many');
const names = [];
for (let i = 0; i < 300; i++) {
  const name = `many/f${i}`;
  fs.writeFileSync(name, 'x'.repeat(i) + i);
  names.push(name);
}
fs.writeFileSync('empty', '');

async function bulkReads() {
  const bufs = await Promise.all(names.map((n) => fsp.readFile(n)));
  let ok = 0;
  for (let i = 0; i < bufs.length; i++) {
    const b = bufs[i];
    if (Buffer.isBuffer(b) && b instanceof Uint8Array && b.constructor === Buffer &&
        b.toString() === 'x'.repeat(i) + i) ok++;
  }
  console.log('buffers right', ok, 'of', bufs.length);
  const e = await fsp.readFile('empty');
  console.log('empty', Buffer.isBuffer(e), e.length);
  // Successes and failures completing together each settle their own way.
  const mixed = await Promise.allSettled(['many/f1', 'nope1', 'many/f2', 'nope2', 'many', 'empty']
    .map((n) => fsp.readFile(n, n === 'many/f2' ? 'utf8' : undefined)));
  for (const r of mixed) {
    console.log(r.status, r.status === 'fulfilled' ? JSON.stringify(String(r.value)) : `${r.reason.code} ${r.reason.syscall} ${r.reason.message}`);
  }
  // Ticks and promise jobs scheduled by one settled read run before the
  // next loop turn's timers.
  const order = [];
  const p = fsp.readFile('many/f3').then(() => {
    process.nextTick(() => order.push('tick'));
    Promise.resolve().then(() => order.push('job'));
  });
  await p;
  await new Promise((resolve) => setTimeout(resolve, 1));
  console.log('order', order.join(' '));
  // Other fs/promises calls that go through the binding's promise form.
  const fh = await fsp.open('many/f4', 'r');
  console.log('open', typeof fh.fd, (await fh.readFile('utf8')));
  await fh.close();
  await fsp.writeFile('w.txt', 'written', { flush: true });
  console.log('writeFile', fs.readFileSync('w.txt', 'utf8'));
  await fsp.open('nope3').catch((err) => console.log('open missing', err.code, err.message));
}

function unhandled(next) {
  process.once('unhandledRejection', (err) => {
    console.log('unhandledRejection', err.code, err.syscall);
    next();
  });
  fsp.readFile('nope4');
}

function copyWith(label, readOpts, writeOpts, next) {
  fs.writeFileSync('src.bin', Buffer.from(Array.from({ length: 1000 }, (_, i) => i & 0xff)));
  const r = fs.createReadStream('src.bin', { highWaterMark: 64, ...readOpts });
  const sizes = [];
  let allBuffers = true;
  r.on('data', (c) => {
    sizes.push(c.length);
    if (!Buffer.isBuffer(c)) allBuffers = false;
  });
  pipeline(r, fs.createWriteStream('dst.bin', writeOpts), (err) => {
    const same = Buffer.compare(fs.readFileSync('src.bin').subarray(readOpts.start ?? 0, (readOpts.end ?? 999) + 1),
      fs.readFileSync('dst.bin')) === 0;
    console.log(label, err ? err.code : 'ok', 'chunks', sizes.length, 'last', sizes[sizes.length - 1],
      'buffers', allBuffers, 'same', same, 'bytesRead', r.bytesRead);
    next();
  });
}

function customFs(next) {
  const calls = { read: 0, write: 0 };
  const readOpts = { fs: { open: fs.open, close: fs.close, read(...args) { calls.read++; return fs.read(...args); } } };
  const writeOpts = { fs: {
    open: fs.open,
    close: fs.close,
    write(...args) { calls.write++; return fs.write(...args); },
    writev(...args) { calls.write++; return fs.writev(...args); },
  } };
  copyWith('custom fs', readOpts, writeOpts, () => {
    console.log('custom read calls', calls.read, 'write used', calls.write > 0);
    next();
  });
}

function patchedFs(next) {
  const { read, write, writev } = fs;
  const calls = { read: 0, write: 0 };
  fs.read = function (...args) { calls.read++; return read.apply(this, args); };
  fs.write = function (...args) { calls.write++; return write.apply(this, args); };
  fs.writev = function (...args) { calls.write++; return writev.apply(this, args); };
  copyWith('patched fs', { start: 100, end: 899 }, {}, () => {
    fs.read = read;
    fs.write = write;
    fs.writev = writev;
    console.log('patched read calls', calls.read, 'write used', calls.write > 0);
    next();
  });
}

function failingRead(next) {
  const r = fs.createReadStream('src.bin', {
    fs: { open: fs.open, close: fs.close, read(fd, buf, off, len, pos, cb) { process.nextTick(cb, Object.assign(new Error('boom'), { code: 'EBOOM' })); } },
  });
  r.on('error', (err) => console.log('read error', err.code, err.message));
  r.on('close', next);
  r.resume();
}

bulkReads().then(() => {
  const steps = [unhandled, (n) => copyWith('default', {}, {}, n), (n) => copyWith('range', { start: 10, end: 500 }, {}, n),
    customFs, patchedFs, failingRead];
  const run = () => { const s = steps.shift(); if (s) s(run); };
  run();
});
