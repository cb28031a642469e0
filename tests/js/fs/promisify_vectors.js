// util.promisify of fs.read, fs.readv, fs.write and fs.writev resolves to
// objects with node's names ({ bytesRead, buffers } for readv, and, as in
// node, { bytesWritten, buffer } for writev).
'use strict';
const fs = require('fs');
const util = require('util');
const path = require('path');
const os = require('os');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jolt-pv-'));
const file = path.join(dir, 'f.txt');
fs.writeFileSync(file, 'hello world');
const show = (label, r) => console.log(label, JSON.stringify(Object.keys(r)), r.bytesRead ?? r.bytesWritten);
(async () => {
  const fd = fs.openSync(file, 'r+');
  show('read', await util.promisify(fs.read)(fd, Buffer.alloc(5), 0, 5, 0));
  const rv = await util.promisify(fs.readv)(fd, [Buffer.alloc(3), Buffer.alloc(3)], 0);
  show('readv', rv);
  console.log('readv data', rv.buffers.map(String));
  show('write', await util.promisify(fs.write)(fd, Buffer.from('HE'), 0, 2, 0));
  const wv = await util.promisify(fs.writev)(fd, [Buffer.from('LL'), Buffer.from('O')], 2);
  show('writev', wv);
  console.log('writev buffer', wv.buffer.map(String));
  fs.closeSync(fd);
  console.log('file', fs.readFileSync(file, 'utf8'));
  fs.rmSync(dir, { recursive: true });
})();
