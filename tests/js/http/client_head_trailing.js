// A HEAD response followed by bytes (a server that wrongly sends a chunked
// body's last chunk after the head): the response ends, and the bytes fail
// the request with the parser's error, as in node.
'use strict';
const http = require('http'), net = require('net');
const srv = net.createServer((s) => { s.once('data', () => s.write('HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n')); });
srv.listen(0, () => {
  const r = http.request({ port: srv.address().port, method: 'HEAD' }, (res) => { console.log('res', res.statusCode); res.resume(); res.on('end', () => console.log('end')); });
  r.on('error', (e) => console.log('error', e.code, e.message)); r.on('close', () => { console.log('close'); srv.close(); }); r.end();
});
