'use strict';
// fs/promises writeFile / appendFile, and FileHandle's, with an AbortSignal
// aborted after the call: the promise rejects with an AbortError carrying
// the signal's reason. One aborted before the call rejects without writing.
const fs = require('fs');
const fsp = require('fs/promises');
const { Readable } = require('stream');
require('./helpers/tmp');

const big = Buffer.alloc(4 * 1024 * 1024, 'a');

async function attempt(label, start) {
  const controller = new AbortController();
  const reason = new Error(`stop ${label}`);
  process.nextTick(() => controller.abort(reason));
  try {
    await start(controller.signal);
    console.log(label, 'resolved');
  } catch (err) {
    console.log(label, err.name, err.code, err.cause === reason);
  }
}

async function main() {
  await attempt('writeFile buffer', (signal) => fsp.writeFile('a.txt', big, { signal }));
  await attempt('writeFile stream', (signal) => fsp.writeFile('b.txt', Readable.from(['x', 'y', 'z']), { signal }));
  await attempt('appendFile', (signal) => fsp.appendFile('c.txt', big, { signal }));
  const fh = await fsp.open('d.txt', 'w+');
  await attempt('handle writeFile', (signal) => fh.writeFile(big, { signal }));
  await attempt('handle appendFile', (signal) => fh.appendFile(big, { signal }));
  await fh.close();

  try {
    await fsp.writeFile('e.txt', 'data', { signal: AbortSignal.abort() });
  } catch (err) {
    console.log('aborted before', err.name, fs.existsSync('e.txt'));
  }
  await fsp.writeFile('f.txt', 'data', { signal: new AbortController().signal });
  console.log('not aborted', fs.readFileSync('f.txt', 'utf8'));
}

main();
