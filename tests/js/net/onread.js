'use strict';
// options.onread: bytes go to the callback in the program's buffer (a fixed
// one or one from its function each time), never to 'data'; 'end' still
// comes; pause() in the callback (or returning false) holds the rest until
// resume(). An onread that is not usable is ignored.
const net = require('net');

const message = Buffer.from('hello world, this is onread');

function serve(run) {
  return new Promise((resolve) => {
    const server = net.createServer((c) => {
      server.close();
      c.end(message);
    });
    server.listen(0, '127.0.0.1', () => run(server.address().port, resolve));
  });
}

function collect(label, onread, extra) {
  return serve((port, done) => {
    const got = [];
    const calls = { count: 0 };
    const wrapped = {
      buffer: onread.buffer,
      callback(nread, buf) {
        calls.count++;
        got.push(Buffer.from(buf.subarray(0, nread)));
        return onread.callback ? onread.callback.call(this, nread, buf, calls) : undefined;
      },
    };
    const socket = net.connect({ port, host: '127.0.0.1', onread: wrapped, ...extra });
    socket.on('data', () => console.log(label, 'data (unexpected)'));
    socket.on('end', () => {
      console.log(label, 'end:', Buffer.concat(got).equals(message), 'bytesRead', socket.bytesRead,
        'calls >= pieces:', calls.count >= Math.ceil(message.length / 8) || calls.count >= 14);
      done();
    });
  });
}

(async () => {
  const fixed = Buffer.alloc(8);
  await collect('fixed', { buffer: fixed });
  await collect('typed array', { buffer: new Uint8Array(8) });
  const pool = [Buffer.alloc(2), Buffer.alloc(2)];
  let next = 0;
  await collect('pool', { buffer: () => pool[next++ % 2] });
  await collect('pause', {
    buffer: fixed,
    callback(nread, buf, calls) {
      if (calls.paused) console.log('called while paused (unexpected)');
      calls.paused = true;
      this.pause();
      setTimeout(() => {
        calls.paused = false;
        this.resume();
      }, 5);
    },
  });
  await collect('return false', {
    buffer: fixed,
    callback(nread, buf, calls) {
      if (calls.paused) console.log('called while paused (unexpected)');
      calls.paused = true;
      setTimeout(() => {
        calls.paused = false;
        this.resume();
      }, 5);
      return false;
    },
  });
  await serve((port, done) => {
    const s = net.connect({ port, host: '127.0.0.1', onread: { buffer: 5, callback() {} } });
    s.on('data', (d) => console.log('unusable onread ignored, data:', d.length));
    s.on('end', done);
  });
})();
