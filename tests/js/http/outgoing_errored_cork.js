// OutgoingMessage state a program can read: errored (what destroy() got),
// writableCorked, outputSize/writableLength of output waiting for a
// socket, end() lifting all corks, addTrailers() without an object, and
// an Agent's default noDelay.
'use strict';
const http = require('http');

const m = new http.OutgoingMessage();
console.log('errored before', m.errored, 'own', Object.keys(m).includes('errored'));
const err = new Error('boom');
m.destroy(err);
console.log('errored after', m.errored === err, m.destroyed);
const m2 = new http.OutgoingMessage();
m2.destroy();
console.log('destroy() without error', m2.errored);

const m3 = new http.OutgoingMessage();
m3._implicitHeader = function() {};
console.log('length before', m3.writableLength, m3.outputSize);
console.log('write', m3.write('asd'), 'length', m3.writableLength, m3.outputSize);
console.log('corked', m3.writableCorked);
m3.cork();
m3.cork();
console.log('corked', m3.writableCorked);
m3.uncork();
console.log('corked', m3.writableCorked);
console.log('hwm', m3.writableHighWaterMark);

for (const t of [undefined, null]) {
  try {
    new http.OutgoingMessage().addTrailers(t);
    console.log('addTrailers', t, 'ok');
  } catch (e) {
    console.log('addTrailers', t, e.name, e.message);
  }
}

console.log('agent options', JSON.stringify(new http.Agent().options),
            JSON.stringify(new http.Agent({ noDelay: false }).options));

const server = http.createServer((req, res) => {
  res.cork();
  res.cork();
  console.log('res corked', res.writableCorked, res.socket.writableCorked);
  res.writeHead(200, { 'x-a': '1' });
  res.uncork();
  console.log('res corked', res.writableCorked);
  res.end('asd');
  console.log('res corked after end', res.writableCorked, res.socket.writableCorked);
});
server.listen(0, '127.0.0.1', () => {
  http.get({ port: server.address().port, host: '127.0.0.1' }, (res) => {
    let b = '';
    res.on('data', (d) => b += d);
    res.on('end', () => {
      console.log('client', res.statusCode, res.headers['x-a'], b);
      server.close();
    });
  });
});
