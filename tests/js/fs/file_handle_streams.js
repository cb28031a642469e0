'use strict';
// fs streams over a FileHandle: they go through the handle's own methods,
// hold a reference on it (the descriptor is closed when both the stream and
// the handle let go), and a handle's close() ends the streams on it.
const fs = require('fs');
const fsp = require('fs/promises');
const { show } = require('./helpers/tmp');

fs.writeFileSync('in.txt', 'hello world');

function isOpen(fd) {
  try {
    fs.fstatSync(fd);
    return true;
  } catch {
    return false;
  }
}

async function main() {
  // 'close' comes when close() is called.
  {
    const fh = await fsp.open('in.txt');
    const order = [];
    fh.on('close', () => order.push('close event'));
    const p = fh.close();
    order.push('close() returned');
    await p;
    order.push('closed');
    console.log('close order', order, fh.fd);
  }

  // Reads go through fh.read; the stream's end closes the handle.
  {
    const fh = await fsp.open('in.txt');
    let reads = 0;
    const read = fh.read;
    fh.read = function(...args) {
      reads++;
      return Reflect.apply(read, this, args);
    };
    const fd = fh.fd;
    fh.on('close', () => console.log('handle close event (read stream ended)'));
    const chunks = [];
    const r = fs.createReadStream(null, { fd: fh, highWaterMark: 4 });
    const closed = new Promise((resolve) => r.on('close', resolve));
    for await (const c of r) chunks.push(String(c));
    await closed;
    console.log('read via handle', chunks, reads, fh.fd, isOpen(fd));
  }

  // Writes go through fh.write / fh.writev.
  {
    const fh = await fsp.open('out.txt', 'w');
    const calls = [];
    for (const name of ['write', 'writev']) {
      const orig = fh[name];
      fh[name] = function(...args) {
        calls.push(name);
        return Reflect.apply(orig, this, args);
      };
    }
    const w = fh.createWriteStream();
    w.write('a');
    w.write('b');
    w.end('c');
    await new Promise((resolve) => w.on('close', resolve));
    console.log('write via handle', calls.length > 0, fs.readFileSync('out.txt', 'utf8'), fh.fd);
  }

  // close() on the handle while a stream holds it: the stream closes, and
  // the descriptor stays usable until it has.
  {
    const fh = await fsp.open('in.txt');
    const fd = fh.fd;
    const r = fs.createReadStream(null, { fd: fh });
    const events = [];
    r.on('data', () => events.push('data'));
    r.on('close', () => events.push('stream close'));
    fh.on('close', () => events.push(`handle close event, fd open: ${isOpen(fd)}`));
    await fh.close();
    events.push(`close() settled, fd open: ${isOpen(fd)}`);
    await new Promise((resolve) => setImmediate(resolve));
    console.log('handle closed first', events);
  }

  // A handle can't be combined with a custom fs; only FileHandles are taken.
  {
    const fh = await fsp.open('in.txt');
    show('fd FileHandle with fs', () => fs.createReadStream(null, { fd: fh, fs }));
    show('fd look-alike', () => fs.createReadStream(null, { fd: { fd: fh.fd } }));
    await fh.close();
  }

  // Operations after close reject; close() twice is fine.
  {
    const fh = await fsp.open('in.txt');
    await fh.close();
    await fh.close();
    try {
      await fh.read(Buffer.alloc(1), 0, 1, 0);
    } catch (err) {
      console.log('read after close', err.code, err.syscall, err.message);
    }
  }
}

main();
