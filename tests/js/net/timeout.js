'use strict';
// setTimeout: 'timeout' fires after idleness (the socket stays open until
// the program acts), activity pushes it back, setTimeout(0) disables it,
// and the timeout option of connect sets it.
const net = require('net');

const server = net.createServer((sock) => {
  sock.resume();
  sock.on('close', () => {});
});
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const c = net.connect({ port, host: '127.0.0.1', timeout: 200 });
  console.log('timeout property', c.timeout);
  let writes = 0;
  let lastWrite = Date.now();
  const iv = setInterval(() => {
    c.write('x');
    lastWrite = Date.now();
    if (++writes === 4) clearInterval(iv);
  }, 20);
  c.on('timeout', () => {
    // Writes (20 ms apart, well under the timeout) kept pushing it back.
    const idle = Date.now() - lastWrite;
    console.log('timeout after activity stopped', writes === 4 && idle >= 190, 'destroyed', c.destroyed);
    c.setTimeout(0);
    console.log('timeout property now', c.timeout);
    c.destroy();
  });
  c.on('close', () => {
    const d = net.connect(port, '127.0.0.1');
    let fired = false;
    d.setTimeout(30, () => { fired = true; });
    d.setTimeout(0);
    setTimeout(() => {
      console.log('disabled timeout fired', fired);
      d.destroy();
      server.close();
    }, 100);
  });
});
