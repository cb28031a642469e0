'use strict';
// destroy() in the middle of a big write: 'close' follows once, the write's
// callback gets an error, the peer sees the connection end; destroy(err)
// emits 'error' before 'close'; a peer that vanishes mid-stream gives
// ECONNRESET or a plain end, never a crash.
const net = require('net');

const server = net.createServer((sock) => {
  let got = 0;
  sock.on('data', (d) => { got += d.length; });
  sock.on('error', (e) => console.log('server socket error', e.code));
  sock.on('close', () => {
    console.log('server side closed', typeof got);
    next();
  });
});

let step = 0;
function next() {
  step++;
  if (step === 1) vanish();
}

server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1', () => {
    const events = [];
    c.write(Buffer.alloc(16 * 1024 * 1024), (err) => events.push(`write cb ${err ? err.code : 'ok'}`));
    c.on('error', (e) => events.push(`error ${e.message}`));
    c.on('close', (hadError) => {
      events.push(`close ${hadError}`);
      console.log(events.join(' | '));
      console.log('destroyed', c.destroyed, 'writable', c.writable);
    });
    setImmediate(() => c.destroy(new Error('boom')));
  });
});

// The peer sends data and then resets the connection (SO_LINGER 0 is not
// available from JS; destroying with unread data makes the kernel reset).
function vanish() {
  const s2 = net.createServer((sock) => {
    sock.write(Buffer.alloc(1024));
    sock.on('data', () => {});
    setTimeout(() => sock.destroy(), 20);
  });
  s2.listen(0, '127.0.0.1', () => {
    const c = net.connect(s2.address().port, '127.0.0.1', () => {
      c.write(Buffer.alloc(1024 * 1024));
    });
    // Not reading: the peer closes with our data unread, which resets.
    c.pause();
    const seen = [];
    c.on('error', (e) => seen.push(e.code));
    c.on('end', () => seen.push('end'));
    c.on('close', () => {
      console.log('vanished peer:', seen.length > 0 && seen.every((x) => x === 'ECONNRESET' || x === 'EPIPE' || x === 'end'));
      s2.close();
      server.close();
    });
    setTimeout(() => c.resume(), 60);
  });
}
