'use strict';
// The fatal report of an unhandled 'error' event says where it was emitted.
const EventEmitter = require('events');
class Foo extends EventEmitter {}
const err = new Error('kaboom');
err.extra = 1;
try {
  new EventEmitter().emit('error', err);
} catch (caught) {
  // The error itself is unchanged: its stack does not mention the emit.
  console.log(caught === err, caught.stack.includes('Emitted'), Object.keys(caught));
}
process.on('exit', (code) => console.log('exit code', code));
function go() {
  new Foo().emit('error', err);
}
go();
