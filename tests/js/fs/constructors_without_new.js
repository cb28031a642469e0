// fs.Stats, fs.ReadStream and fs.WriteStream may be called without new, as
// in node: the streams are made anyway, Stats() returns undefined; new,
// instanceof and subclassing work as with the classes.
'use strict';
const fs = require('fs');
const path = require('path');
const os = require('os');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jolt-fsc-'));
console.log('Stats()', fs.Stats(1, 2), typeof fs.Stats, fs.Stats.length);
const s = new fs.Stats(1, 2, 3);
console.log('new Stats', s.dev, s.mode, s.nlink, s instanceof fs.Stats, fs.statSync(dir) instanceof fs.Stats);
const w = fs.WriteStream(path.join(dir, 'a.txt'));
console.log('WriteStream()', w instanceof fs.WriteStream, fs.WriteStream.name, fs.WriteStream.length, fs.FileWriteStream === fs.WriteStream);
w.end('hello', () => {
  const r = fs.ReadStream(path.join(dir, 'a.txt'));
  console.log('ReadStream()', r instanceof fs.ReadStream, fs.ReadStream.name, fs.FileReadStream === fs.ReadStream);
  r.on('data', (d) => console.log('read', String(d)));
  r.on('close', () => {
    class Upper extends fs.WriteStream {}
    const u = new Upper(path.join(dir, 'b.txt'));
    console.log('subclass', u instanceof fs.WriteStream, u instanceof Upper, u.constructor.name);
    u.end('x', () => fs.rmSync(dir, { recursive: true }));
  });
});
