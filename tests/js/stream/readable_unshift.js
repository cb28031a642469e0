'use strict';
// unshift() puts data back at the front; after 'end' it is an error.
const { Readable } = require('stream');

const r = new Readable({ read() {} });
r.push('world');
r.unshift('hello ');
console.log(String(r.read()));
r.setEncoding('utf8');
r.push('abc');
r.unshift(Buffer.from('xyz'));
console.log(JSON.stringify(r.read()));
r.unshift('tail');
console.log(r.read(2), r.read());

const o = new Readable({ objectMode: true, read() {} });
o.push({ n: 2 });
o.unshift({ n: 1 });
console.log(o.read(), o.read(), o.readableLength);

const e = new Readable({ read() {} });
e.on('error', (err) => console.log('error', err.code, err.message));
e.on('close', () => console.log('close'));
e.on('end', () => {
  console.log('end');
  e.unshift('late');
});
e.push(null);
e.resume();
