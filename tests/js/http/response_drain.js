// A write that returns false is followed by 'drain' on the message: on a
// response whose socket buffer filled, and on a request whose output was
// queued past the high-water mark before it had a socket.
'use strict';
const http = require('http');

const big = Buffer.alloc(4 * 1024 * 1024, 97);

const server = http.createServer((req, res) => {
  if (req.url === '/big') {
    const r = res.write(big);
    console.log('server write returned', r, 'needDrain', res.writableNeedDrain);
    res.once('drain', () => {
      console.log('server res drain, needDrain', res.writableNeedDrain);
      res.end('!');
    });
    if (r) res.end('!');
    return;
  }
  let n = 0;
  req.on('data', (d) => n += d.length);
  req.on('end', () => res.end(String(n)));
});

server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  http.get({ port, host: '127.0.0.1', path: '/big' }, (res) => {
    let n = 0;
    res.on('data', (d) => n += d.length);
    res.on('end', () => {
      console.log('client got', n);
      const req = http.request({ port, host: '127.0.0.1', method: 'POST', path: '/up' }, (res2) => {
        let b = '';
        res2.on('data', (d) => b += d);
        res2.on('end', () => {
          console.log('server counted', b);
          server.close();
        });
      });
      console.log('hwm', req.writableHighWaterMark);
      console.log('small write', req.write('abc'), 'queued', req.outputSize > 0, req.writableLength === req.outputSize);
      const r = req.write(Buffer.alloc(70000));
      console.log('big write', r, 'needDrain', req.writableNeedDrain);
      req.on('drain', () => {
        console.log('request drain');
        req.end();
      });
      if (r) req.end();
    });
  });
});
