// Requests with no header up to a hundred, each in its own write and then
// all pipelined in one: rawHeaders, headers and the version must come
// through whole (jolt hands the header fields of a bodiless request over
// in different ways depending on their number and on what follows them in
// the same read).
'use strict';
const http = require('http');
const net = require('net');

// Headers besides Host.
const counts = [0, 1, 2, 5, 30, 31, 32, 33, 100];
const seen = [];
const server = http.createServer((req, res) => {
  const raw = req.rawHeaders;
  seen.push(`${req.method} ${req.url} ${req.httpVersion} raw=${raw.length} ` +
            `first=${raw.slice(0, 2).join(':')} last=${raw.slice(-2).join(':')} ` +
            `keys=${Object.keys(req.headers).length} x=${req.headers['x-last']}`);
  res.end('ok');
});

function request(n, version) {
  let text = `GET /h${n} HTTP/${version}\r\nHost: x\r\n`;
  for (let i = 0; i < n; i++) text += (i === n - 1 ? 'X-Last' : `X-H${i}`) + `: v${i}\r\n`;
  return text + '\r\n';
}

// The last one is HTTP/1.0 without keep-alive: the server closes after it.
const sequence = counts.map((n) => request(n, '1.1')).concat(request(3, '1.0'));

function oneByOne(done) {
  const c = net.connect(server.address().port, '127.0.0.1');
  let i = 0;
  let got = '';
  c.setEncoding('latin1');
  c.on('data', (d) => {
    got += d;
    if ((got.match(/\r\n\r\nok/g) || []).length !== i + 1) return;
    if (++i < sequence.length) c.write(sequence[i]);
  });
  c.on('close', done);
  c.write(sequence[0]);
}

function pipelined(done) {
  const c = net.connect(server.address().port, '127.0.0.1');
  let got = '';
  c.setEncoding('latin1');
  c.on('data', (d) => {
    got += d;
  });
  c.on('close', () => {
    console.log('responses', (got.match(/\r\n\r\nok/g) || []).length);
    done();
  });
  c.write(sequence.join(''));
}

server.listen(0, '127.0.0.1', () => {
  oneByOne(() => {
    console.log('one by one');
    for (const s of seen.splice(0)) console.log(s);
    pipelined(() => {
      console.log('pipelined');
      for (const s of seen.splice(0)) console.log(s);
      server.close();
    });
  });
});
