'use strict';
// FileHandle methods: close is the handle's own bound function, methods
// called on something else reject with ERR_INTERNAL_ASSERTION, and write()
// refuses hex strings of odd length. fs/promises functions reject a closed
// handle.
const fs = require('fs');
const fsp = require('fs/promises');
require('./helpers/tmp');

fs.writeFileSync('in.txt', 'hello');

async function main() {
  const fh = await fsp.open('in.txt', 'r+');
  console.log('own keys', Object.keys(fh).includes('close'), Object.hasOwn(Object.getPrototypeOf(fh), 'close'),
    fh.close.name, fh.close.length);

  for (const name of ['stat', 'read', 'readFile', 'write', 'truncate', 'sync']) {
    try {
      await fh[name].call({});
      console.log(name, 'resolved');
    } catch (err) {
      console.log(name, err.code, err.message.split('\n')[0]);
    }
  }

  for (const args of [['abc', 0, 'hex'], ['abc', null, 'HEX'], ['abcd', 0, 'hex'], ['abc', 0, 'base64'], ['abc', 0, 'utf8']]) {
    try {
      const { bytesWritten, buffer } = await fh.write(...args);
      console.log('write', args, bytesWritten, buffer);
    } catch (err) {
      console.log('write', args, err.code, err.message);
    }
  }

  const { close } = fh;
  const events = [];
  fh.on('close', () => events.push('close event'));
  await close();
  console.log('detached close', fh.fd, events, fs.readFileSync('in.txt', 'latin1').length);
  await fh.close();
  console.log('second close ok');

  // fs/promises functions given a closed handle check its fd (-1).
  for (const [label, call] of [
    ['readFile', () => fsp.readFile(fh)],
    ['readFile utf8', () => fsp.readFile(fh, 'utf8')],
    ['writeFile', () => fsp.writeFile(fh, 'x')],
    ['appendFile', () => fsp.appendFile(fh, 'x')],
  ]) {
    try {
      await call();
      console.log(label, 'resolved');
    } catch (err) {
      console.log(label, err.code, err.message);
    }
  }
}

main();
