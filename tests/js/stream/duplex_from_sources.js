// Duplex.from() gives a Duplex for every source: a lone web ReadableStream
// or WritableStream gives one with the other side off. From a promise, the
// value is readable and 'end' follows once it is read; a rejected promise,
// or an async function that rejects, makes the stream emit that error at
// once.
'use strict';
const { Duplex } = require('stream');

const fromWebReadable = Duplex.from(new ReadableStream({
  start(c) {
    c.enqueue(new TextEncoder().encode('web'));
    c.close();
  },
}));
console.log('web readable: duplex', fromWebReadable instanceof Duplex, 'readable', fromWebReadable.readable,
  'writable', fromWebReadable.writable);
fromWebReadable.on('data', (d) => console.log('web data', String(d)));
fromWebReadable.on('end', () => {
  console.log('web end');
  const fromWebWritable = Duplex.from(new WritableStream({ write(c) { console.log('web sink got', String(c)); } }));
  console.log('web writable: readable', fromWebWritable.readable, 'writable', fromWebWritable.writable);
  fromWebWritable.end('x', promises);
});

function promises() {
  const d = Duplex.from(Promise.resolve('value'));
  console.log('promise: readable', d.readable, 'writable', d.writable);
  d.once('readable', () => console.log('promise read', d.read()));
  d.once('end', () => {
    console.log('promise end');
    Duplex.from(Promise.reject(new Error('rejected promise')))
      .on('error', (e) => console.log('error from promise:', e.message));
    Duplex.from(async () => { throw new Error('rejected function'); })
      .on('error', (e) => console.log('error from async function:', e.message));
  });
}
