'use strict';
// Socket API details: chaining of setNoDelay/setKeepAlive/setTimeout/ref/
// unref, pending/readyState/connecting through the life of a socket,
// pause() holding data back and resume() letting it through, destroySoon,
// an unref'd server not keeping the process alive, end(data, cb).
const net = require('net');

const s = new net.Socket();
console.log('fresh', s.pending, s.readyState, s.connecting, s.destroyed, s.bytesRead, s.bytesWritten);
console.log('chains', s.setNoDelay() === s, s.setKeepAlive(true, 1000) === s, s.setTimeout(0) === s,
  s.ref() === s, s.unref() === s);
console.log('address before connect', JSON.stringify(s.address()), s.remoteAddress, s.localPort);
s.destroy();

let endCallback = false;
const server = net.createServer((sock) => {
  sock.pause();
  let got = '';
  sock.setEncoding('utf8');
  sock.on('data', (d) => { got += d; });
  setTimeout(() => {
    console.log('while paused', JSON.stringify(got), 'isPaused', sock.isPaused());
    sock.resume();
    setTimeout(() => {
      console.log('after resume', JSON.stringify(got));
      sock.end('bye', () => { endCallback = true; });
    }, 50);
  }, 50);
});
server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1');
  console.log('connecting', c.pending, c.readyState, c.connecting);
  c.on('connect', () => {
    console.log('connected', c.pending, c.readyState, c.connecting);
    c.setNoDelay(true);
    c.setKeepAlive(true, 5000);
    c.write('abc');
    c.write(Buffer.from('def'));
  });
  c.setEncoding('utf8');
  c.on('data', (d) => console.log('client data', d));
  c.on('end', () => {
    console.log('client end', c.readyState);
    c.destroySoon();
  });
  c.on('close', () => {
    console.log('closed', c.readyState, c.destroyed, c.bytesRead, c.bytesWritten, 'server end callback ran', endCallback);
    server.close();
    // An unref'd listening server lets the process exit.
    const idle = net.createServer().listen(0, () => console.log('idle server listening'));
    idle.unref();
  });
});
process.on('exit', () => console.log('exit'));
