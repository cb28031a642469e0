// A request body the handler never reads is drained once the response
// finishes: the request ends and closes (even when the rest of the body
// arrives later) and the next request on the connection is served; a
// request the handler reads closes after its 'end', not with the response.
'use strict';
const http = require('http');
const net = require('net');

const log = (...a) => console.log(...a);
let c;
const server = http.createServer((req, res) => {
  const id = req.url;
  if (id === '/last') return res.end('last');
  req.on('end', () => log(id, 'req end', req.complete));
  req.on('close', () => log(id, 'req close'));
  res.on('finish', () => log(id, 'res finish'));
  res.on('close', () => log(id, 'res close'));
  if (id === '/unread') {
    res.end('a');
  } else if (id === '/partial') {
    res.end('b');
    setTimeout(() => c.write('67890'), 30);
  } else if (id === '/paused') {
    req.pause();
    req.on('data', () => log(id, 'data dropped'));
    req.on('resume', () => {
      log(id, 'resume; data listeners', req.listenerCount('data'));
      req.on('data', (d) => log(id, 'data', String(d)));
    });
    res.end('c');
  } else if (id === '/read') {
    req.setEncoding('latin1');
    req.on('data', (d) => log(id, 'data', d));
    setTimeout(() => res.end('d'), 30);
  }
});

server.listen(0, () => {
  c = net.connect(server.address().port);
  let got = '';
  c.setEncoding('latin1');
  c.on('data', (d) => { got += d; });
  c.on('close', () => {
    log('bodies', got.split('\r\n\r\n').slice(1).map((s) => s.split('HTTP/1.1')[0]).join('|'));
    server.close();
  });
  const post = (url, body, len) =>
    `POST ${url} HTTP/1.1\r\nHost: x\r\nContent-Length: ${len === undefined ? body.length : len}\r\n\r\n${body}`;
  c.write(post('/unread', 'hello'));
  setTimeout(() => {
    c.write(post('/partial', '12345', 10));
    setTimeout(() => {
      c.write(post('/paused', 'xyz'));
      setTimeout(() => {
        c.write(post('/read', 'body'));
        setTimeout(() => c.end('GET /last HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n'), 80);
      }, 50);
    }, 80);
  }, 50);
});
