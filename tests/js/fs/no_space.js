'use strict';
// A full disk: /dev/full fails every write with ENOSPC. Each form must report
// it on its own callback, promise or 'error' event, and nothing is reported
// as written.
const fs = require('fs');

const show = (label, e) => console.log(`${label}: ${e.code} ${e.syscall} errno=${e.errno} ${e.message}`);

async function main() {
  try {
    fs.writeFileSync('/dev/full', 'x');
    console.log('writeFileSync: no error');
  } catch (e) {
    show('writeFileSync', e);
  }

  const fd = fs.openSync('/dev/full', 'w');
  try {
    fs.writeSync(fd, Buffer.alloc(10));
    console.log('writeSync: no error');
  } catch (e) {
    show('writeSync', e);
  }
  await new Promise((resolve) =>
    fs.write(fd, 'abc', (e, written) => {
      show('write cb', e);
      console.log('write cb bytes:', written);
      resolve();
    }));
  await new Promise((resolve) =>
    fs.writev(fd, [Buffer.from('v')], (e, written, buffers) => {
      show('writev cb', e);
      console.log('writev cb rest:', written, buffers.length);
      resolve();
    }));
  fs.closeSync(fd);

  // A failed read reports 0 bytes and the buffer too (EISDIR, not ENOSPC).
  const dirFd = fs.openSync(__dirname, 'r');
  await new Promise((resolve) =>
    fs.read(dirFd, Buffer.alloc(4), 0, 4, null, (e, n, buf) => {
      show('read cb', e);
      console.log('read cb rest:', n, buf.length);
      resolve();
    }));
  fs.closeSync(dirFd);

  await new Promise((resolve) => fs.writeFile('/dev/full', 'abc', (e) => { show('writeFile cb', e); resolve(); }));
  await new Promise((resolve) => fs.appendFile('/dev/full', 'abc', (e) => { show('appendFile cb', e); resolve(); }));
  await fs.promises.writeFile('/dev/full', 'abc').then(() => console.log('promises.writeFile resolved'),
                                                       (e) => show('promises.writeFile', e));

  const fh = await fs.promises.open('/dev/full', 'w');
  await fh.write('abc').then(() => console.log('fh.write resolved'), (e) => show('fh.write', e));
  await fh.close();

  await new Promise((resolve) => {
    const ws = fs.createWriteStream('/dev/full');
    const events = [];
    ws.on('error', (e) => { events.push(`error ${e.code}`); });
    ws.on('finish', () => events.push('finish'));
    ws.on('close', () => {
      events.push('close');
      console.log('stream events:', events.join(', '), 'bytesWritten:', ws.bytesWritten);
      resolve();
    });
    ws.write('hello', (e) => events.push(`write cb ${e && e.code}`));
    ws.end();
  });
}

main();
