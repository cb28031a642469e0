// Responses that repeat, or change one thing at a time, on one keep-alive
// connection: each head and body must be its own (jolt reuses the head and
// the written bytes of the previous response when everything it was made
// from repeats). Then HEAD, HTTP/1.0 and Connection: close on their own
// connections.
'use strict';
const http = require('http');
const net = require('net');

const shared = ['a', 'b'];
const cases = {
  '/same': (res) => {
    res.setHeader('Content-Type', 'text/plain');
    res.end('Hello');
  },
  '/sameLength': (res) => {
    res.setHeader('Content-Type', 'text/plain');
    res.end('Jello');
  },
  '/sameText': (res) => {
    res.setHeader('Content-Type', 'text/plain');
    res.end(['Hel', 'lo'].join(''));
  },
  '/type': (res) => {
    res.setHeader('Content-Type', 'text/html');
    res.end('Hello');
  },
  '/status': (res) => {
    res.statusCode = 404;
    res.setHeader('Content-Type', 'text/plain');
    res.end('Hello');
  },
  '/reason': (res) => {
    res.statusCode = 404;
    res.statusMessage = 'Nope';
    res.setHeader('Content-Type', 'text/plain');
    res.end('Hello');
  },
  '/num5': (res) => {
    res.setHeader('X-N', 5);
    res.end('Hello');
  },
  '/num6': (res) => {
    res.setHeader('X-N', 6);
    res.end('Hello');
  },
  '/array': (res) => {
    res.setHeader('X-A', shared);
    res.end('Hello');
  },
  '/arrayGrown': (res) => {
    shared.push('c');
    res.setHeader('X-A', shared);
    res.end('Hello');
  },
  '/two': (res) => {
    res.setHeader('Content-Type', 'text/plain');
    res.setHeader('X-B', 'b');
    res.end('Hello');
  },
  '/twoSwapped': (res) => {
    res.setHeader('X-B', 'b');
    res.setHeader('Content-Type', 'text/plain');
    res.end('Hello');
  },
  '/chunked': (res) => {
    res.setHeader('Content-Type', 'text/plain');
    res.write('Hello');
    res.end();
  },
  '/empty': (res) => {
    res.setHeader('Content-Type', 'text/plain');
    res.end();
  },
  '/length': (res) => {
    res.setHeader('Content-Type', 'text/plain');
    res.setHeader('Content-Length', 5);
    res.end('Hello');
  },
  '/extra': (res) => {
    res.writeHead(200, { 'Content-Type': 'text/plain' });
    res.end('Hello');
  },
  '/utf8': (res) => {
    res.end('h\u00e9llo');
  },
  '/latin1': (res) => {
    res.end('h\u00e9llo', 'latin1');
  },
  '/noDate': (res) => {
    res.sendDate = false;
    res.setHeader('Content-Type', 'text/plain');
    res.end('Hello');
  },
  '/keepAlive7': (res) => {
    res.setHeader('Content-Type', 'text/plain');
    res.end('Hello');
    server.keepAliveTimeout = 7000;  // for the next response
  },
};

const server = http.createServer((req, res) => {
  cases[req.url](res);
});

const sequence = [
  '/same', '/same', '/sameLength', '/same', '/sameText', '/type', '/same', '/status', '/reason', '/status',
  '/num5', '/num5', '/num6', '/array', '/arrayGrown', '/same', '/two', '/twoSwapped', '/chunked', '/chunked',
  '/empty', '/empty', '/length', '/same', '/extra', '/same', '/utf8', '/utf8', '/latin1', '/utf8', '/noDate',
  '/same', '/keepAlive7', '/same',
];

function show(label, text) {
  console.log('--', label);
  console.log(JSON.stringify(text.replace(/Date: [^\r]*/g, 'Date: <date>')));
}

// One request per round trip on a keep-alive connection; a response is
// complete once its Content-Length bytes or its last chunk arrived.
function responseEnd(got) {
  const headEnd = got.indexOf('\r\n\r\n');
  if (headEnd < 0) return -1;
  const head = got.slice(0, headEnd);
  const m = /Content-Length: (\d+)/i.exec(head);
  if (m) {
    const end = headEnd + 4 + Number(m[1]);
    return got.length >= end ? end : -1;
  }
  const last = got.indexOf('0\r\n\r\n', headEnd + 4);
  return last < 0 ? -1 : last + 5;
}

function keepAliveRun(done) {
  const c = net.connect(server.address().port, '127.0.0.1');
  c.setEncoding('latin1');
  let i = 0;
  let got = '';
  const next = () => c.write(`GET ${sequence[i]} HTTP/1.1\r\nHost: x\r\n\r\n`);
  c.on('data', (d) => {
    got += d;
    const end = responseEnd(got);
    if (end < 0) return;
    show(sequence[i], got.slice(0, end));
    got = got.slice(end);
    if (++i < sequence.length) {
      next();
      return;
    }
    c.end();
    c.on('close', done);
  });
  next();
}

// A request on its own connection, read until the server closes it.
function alone(label, request, done) {
  const c = net.connect(server.address().port, '127.0.0.1');
  c.setEncoding('latin1');
  let got = '';
  c.on('data', (d) => { got += d; });
  c.on('end', () => {
    show(label, got);
    c.end();
    done();
  });
  c.write(request);
  c.end();
}

server.listen(0, '127.0.0.1', () => {
  keepAliveRun(() => {
    alone('HEAD /same', 'HEAD /same HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n', () => {
      alone('1.0 /same', 'GET /same HTTP/1.0\r\n\r\n', () => {
        alone('1.0 /chunked', 'GET /chunked HTTP/1.0\r\n\r\n', () => {
          alone('close /same', 'GET /same HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n', () => {
            server.close();
          });
        });
      });
    });
  });
});
