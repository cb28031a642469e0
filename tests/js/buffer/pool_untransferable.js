'use strict';
// The ArrayBuffer behind Buffer's pool is shared by many small Buffers, so
// structuredClone and postMessage refuse to transfer (detach) it; Buffers
// with their own memory still transfer.
const { MessageChannel, markAsUntransferable, isMarkedAsUntransferable } = require('worker_threads');

const pooled = [
  ['from string', Buffer.from('hello world')],
  ['from array', Buffer.from([1, 2, 3])],
  ['from base64', Buffer.from('aGk=', 'base64')],
  ['allocUnsafe', Buffer.allocUnsafe(10)],
  ['concat', Buffer.concat([Buffer.from('a'), Buffer.from('b')])],
];
const own = [
  ['alloc', Buffer.alloc(10)],
  ['allocUnsafeSlow', Buffer.allocUnsafeSlow(10)],
  ['allocUnsafe large', Buffer.allocUnsafe(64 * 1024)],
];

function attempt(label, fn, buf) {
  const before = buf.length;
  try {
    fn();
    console.log(label, 'transferred', buf.length, buf.buffer.byteLength);
  } catch (err) {
    console.log(label, err.name, err.code, err.message, buf.length === before);
  }
}

const { port1, port2 } = new MessageChannel();
for (const [name, buf] of [...pooled, ...own]) {
  console.log(name, 'marked', isMarkedAsUntransferable(buf.buffer));
  attempt(`${name} postMessage`, () => port1.postMessage(buf, [buf.buffer]), buf);
}
for (const [name, make] of [['from string', () => Buffer.from('xyz')], ['alloc', () => Buffer.alloc(4)]]) {
  const buf = make();
  attempt(`${name} structuredClone`, () => structuredClone(buf, { transfer: [buf.buffer] }), buf);
}

// A buffer marked by hand behaves the same.
const ab = new ArrayBuffer(4);
markAsUntransferable(ab);
attempt('marked structuredClone', () => structuredClone(ab, { transfer: [ab] }), new Uint8Array(ab));
port1.close();
port2.close();
