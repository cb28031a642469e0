// A program's own OutgoingMessage subclass, given a socket by the program
// (any Writable), writes its body there and finishes.
'use strict';
const { OutgoingMessage } = require('http');
const { Writable } = require('stream');

class Message extends OutgoingMessage {
  _implicitHeader() {}
}

const msg = new Message();
const chunks = [];
const sink = new Writable({
  write(chunk, encoding, cb) {
    chunks.push(chunk.toString());
    setImmediate(cb);
  },
});
msg.socket = sink;
sink._httpMessage = msg;
console.log('write', msg.write('hello '));
msg.end('world', () => console.log('end callback'));
msg.on('finish', () => {
  console.log('finish, written:', JSON.stringify(chunks.join('')), 'finished', msg.writableFinished);
});
