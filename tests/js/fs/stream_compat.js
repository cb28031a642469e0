'use strict';
// fs streams as older code uses them: calling fs.ReadStream / WriteStream on
// a `this` of its own, replacing open(), the autoClose accessor, options that
// are kept as given (flags, mode, Buffer paths, inherited properties), a
// custom fs that replaces node:fs as a whole, and the descriptor handling
// around close.
const fs = require('fs');
const { show } = require('./helpers/tmp');

fs.writeFileSync('in.txt', 'abcdefghij');

const warnings = [];
process.on('warning', (w) => warnings.push(`${w.name} ${w.code} ${w.message}`));

const steps = [];
function step(fn) { steps.push(fn); }
function next() {
  const fn = steps.shift();
  if (fn) fn(next);
}

// A subclass written as a function, with open() of its own that emits
// 'open' and 'ready' itself.
step((done) => {
  function OldRead(...args) {
    fs.ReadStream.call(this, ...args);
  }
  Object.setPrototypeOf(OldRead.prototype, fs.ReadStream.prototype);
  Object.setPrototypeOf(OldRead, fs.ReadStream);
  let opens = 0;
  OldRead.prototype.open = function() {
    opens++;
    fs.open(this.path, this.flags, this.mode, (err, fd) => {
      this.fd = fd;
      this.emit('open', fd);
      this.emit('ready');
    });
  };
  const r = new OldRead('in.txt', { encoding: 'utf8' });
  const events = [];
  r.on('open', (fd) => events.push(`open ${fd === r.fd}`));
  r.on('ready', () => events.push('ready'));
  r.on('data', (d) => events.push(`data ${d}`));
  r.on('close', () => {
    console.log('old-style read', opens, events.join(', '), r instanceof fs.ReadStream);
    done();
  });
});

// Its open() reports failure by emitting 'error': the stream is destroyed.
step((done) => {
  function OldWrite(...args) {
    fs.WriteStream.call(this, ...args);
  }
  Object.setPrototypeOf(OldWrite.prototype, fs.WriteStream.prototype);
  Object.setPrototypeOf(OldWrite, fs.WriteStream);
  OldWrite.prototype.open = function() {
    fs.open(this.path, this.flags, this.mode, (err) => this.emit('error', err));
  };
  const w = new OldWrite('in.txt', { flags: 'wx' });
  w.on('error', (err) => {
    console.log('old-style open error', err.code, w.destroyed);
    w.on('close', () => {
      console.log('old-style closed', fs.readFileSync('in.txt', 'utf8'));
      done();
    });
  });
});

// The default open() is deprecated; calling it does nothing.
step((done) => {
  const r = fs.createReadStream('in.txt');
  console.log('open()', r.open(), typeof fs.ReadStream.prototype.open, typeof fs.WriteStream.prototype.open);
  r.on('close', () => {
    setImmediate(() => {
      console.log('warnings', warnings);
      done();
    });
  });
  r.resume();
});

// autoClose reads and writes the stream's autoDestroy; the prototype has none.
step((done) => {
  show('ReadStream.prototype.autoClose', () => fs.ReadStream.prototype.autoClose);
  show('WriteStream.prototype.autoClose', () => fs.WriteStream.prototype.autoClose);
  show('prototype pending', () => fs.ReadStream.prototype.pending);
  const r = fs.createReadStream('in.txt', { autoClose: false });
  console.log('autoClose', r.autoClose, r._readableState.autoDestroy);
  r.autoClose = true;
  console.log('set autoClose', r._readableState.autoDestroy);
  r.destroy();
  r.on('close', done);
});

// Options as given: flags and mode are checked by open (an 'error' event),
// a Buffer path stays a Buffer, inherited options count.
step((done) => {
  const r = fs.createReadStream(Buffer.from('in.txt'), { flags: 'r', mode: 0o600 });
  console.log('kept', r.flags, r.mode, Buffer.isBuffer(r.path), r.fd, r.start, r.end, r.pos);
  const w = fs.WriteStream('out.txt');
  console.log('write defaults', w.flags, w.mode, w.start, w.pos, w.flush, w instanceof fs.WriteStream);
  r.destroy();
  w.destroy();
  const bad = fs.createReadStream('in.txt', { flags: 'bogus' });
  bad.on('error', (err) => {
    console.log('bad flags', err.code, err.message);
    const badMode = fs.createWriteStream('out.txt', { mode: 'x' });
    badMode.on('error', (e) => {
      console.log('bad mode', e.code, e.message);
      const inherited = fs.createReadStream('in.txt', { __proto__: { encoding: 'utf8', start: 2, end: 4 } });
      inherited.on('data', (d) => console.log('inherited', typeof d, d));
      inherited.on('close', done);
    });
  });
});

step((done) => {
  show('fd string', () => fs.createReadStream(null, { fd: 'x' }));
  show('fd object', () => fs.createWriteStream(null, { fd: {} }));
  show('fd fraction', () => fs.createReadStream(null, { fd: 1.5 }));
  show('flush 1', () => fs.createWriteStream('out.txt', { flush: 1 }));
  show('signal null', () => fs.createReadStream('in.txt', { signal: null }));
  show('encoding', () => fs.createReadStream('in.txt', { encoding: 'bogus' }));
  show('fs without open', () => fs.createReadStream('in.txt', { fs: { read() {} } }));
  show('fs without write', () => fs.createWriteStream('out.txt', { fs: { open() {}, close() {} } }));
  done();
});

// A custom fs is used as it is: with only write(), chunks go one by one even
// when corked, and open() gets the flags unconverted.
step((done) => {
  const calls = [];
  const custom = {
    open(p, flags, mode, cb) { calls.push(`open ${p} ${flags} ${mode.toString(8)}`); cb(null, 42); },
    write(fd, buf, off, len, pos, cb) { calls.push(`write ${fd} ${buf.toString('utf8', off, off + len)} ${pos}`); cb(null, len); },
    close(fd, cb) { calls.push(`close ${fd}`); cb(); },
  };
  const w = fs.createWriteStream('virtual', { fs: custom, start: 3 });
  w.cork();
  w.write('ab');
  w.write('cd');
  w.end('ef');
  w.on('close', () => {
    console.log('custom fs', calls, w.bytesWritten, w.pos);
    done();
  });
});

// destroy() closes the descriptor even without autoClose; close gets the
// descriptor while stream.fd still holds it, and fd is null afterwards.
step((done) => {
  const r = fs.createReadStream('in.txt', { autoClose: false });
  r.on('open', (fd) => {
    r.destroy();
    r.on('close', () => {
      show('fstat after destroy', () => fs.fstatSync(fd).size);
      done();
    });
  });
});

step((done) => {
  const seen = [];
  const custom = {
    open: fs.open,
    read(fd, buf, off, len, pos, cb) { process.nextTick(cb, new Error('read failed')); },
    close(fd, cb) { seen.push(`close ${fd === r.fd} ${typeof fd}`); fs.close(fd, cb); },
  };
  const r = fs.createReadStream('in.txt', { fs: custom });
  r.on('error', (err) => {
    seen.push(`error ${err.message} fd=${r.fd}`);
  });
  r.on('close', () => {
    console.log('read error', seen);
    done();
  });
  r.resume();
});

// flush: fsync before the descriptor is closed.
step((done) => {
  const calls = [];
  const custom = {
    open: fs.open,
    write: fs.write,
    fsync(fd, cb) { calls.push('fsync'); fs.fsync(fd, cb); },
    close(fd, cb) { calls.push('close'); fs.close(fd, cb); },
  };
  const w = fs.createWriteStream('flushed.txt', { fs: custom, flush: true });
  w.end('data', () => {
    w.on('close', () => {
      console.log('flush', calls, fs.readFileSync('flushed.txt', 'utf8'));
      done();
    });
  });
});

// WriteStream.close() without autoClose still destroys once finished.
step((done) => {
  const w = fs.createWriteStream('noauto.txt', { autoClose: false });
  w.write('x');
  w.close(() => {
    console.log('close without autoClose', w.fd, w.closed, w.destroySoon === w.end);
    done();
  });
});

next();
