'use strict';
// node:crypto random functions with callbacks: never called synchronously.
const c = require('crypto');
const results = [];
let sync = true;
c.randomBytes(3, (err, buf) => results.push(['randomBytes', err, buf.length, sync]));
c.randomInt(10, (err, n) => results.push(['randomInt', err, n >= 0 && n < 10, sync]));
c.randomInt(3, 4, (err, n) => results.push(['randomInt2', err, n, sync]));
c.randomFill(new Uint8Array(4), (err, b) => results.push(['randomFill', err, b.length, sync]));
c.randomFill(new Uint8Array(4), 2, (err, b) => results.push(['randomFill offset', err, b.length, sync]));
c.randomFill(new Uint8Array(4), 1, 2, (err, b) => results.push(['randomFill size', err, b.length, sync]));
sync = false;
process.on('exit', () => {
  results.sort((a, b) => (a[0] < b[0] ? -1 : 1));
  for (const r of results) console.log(...r);
});
