'use strict';
// How many 'readable' events a listener added after push()/push(null)/read(0) sees.
const { Readable } = require('stream');
function run(label, setup) {
  const r = new Readable({ read() {} });
  const log = [];
  setup(r, log);
  setTimeout(() => console.log(label, log.join(' ')), 5);
}
run('A push,eof,on', (r, log) => { r.push('a'); r.push(null); r.on('readable', () => log.push('R' + r.readableLength)); });
run('B push,on', (r, log) => { r.push('a'); r.on('readable', () => log.push('R' + r.readableLength)); });
run('C push,on,push', (r, log) => { r.push('a'); r.on('readable', () => log.push('R' + r.readableLength)); r.push('b'); });
run('D eof,on', (r, log) => { r.push(null); r.on('readable', () => log.push('R' + r.readableLength)); r.on('end', () => log.push('end')); });
run('E push,eof,on,read0', (r, log) => { r.push('a'); r.push(null); r.on('readable', () => log.push('R' + r.readableLength)); r.read(0); });
run('F push,read0,on', (r, log) => { r.push('a'); r.read(0); r.on('readable', () => log.push('R' + r.readableLength)); });
run('G on,push,eof', (r, log) => { r.on('readable', () => log.push('R' + r.readableLength)); r.push('a'); r.push(null); });
