// ServerResponse/ClientRequest state and end() semantics as in node:
// `writable` stays true, `closed` and `destroyed` turn true at 'close' (a
// tick after 'finish'), end()'s callbacks get null before 'finish'
// listeners run, a bare end() after 'finish' fails at once with
// ERR_STREAM_ALREADY_FINISHED, more data after end() fails with
// ERR_STREAM_WRITE_AFTER_END on the callback and as 'error' (but no
// 'error' once the response has closed).
'use strict';
const http = require('http');

const log = (...a) => console.log(...a);
const state = (m) => `writable=${m.writable} closed=${m.closed} destroyed=${m.destroyed} ended=${m.writableEnded} finished=${m.writableFinished}`;

const server = http.createServer((req, res) => {
  res.on('error', (e) => log('res error event', e.code));
  res.on('finish', () => {
    log('res finish', state(res));
    res.end((e) => log('end after finish cb', e.code));
    log('finish listener done');
  });
  res.on('close', () => log('res close', state(res)));
  log('res initial', state(res));
  res.write('hello ');
  res.end('world', (...a) => log('end cb', a.length, a[0]));
  log('after end', state(res));
  res.end((...a) => log('bare end again cb', a.length, a[0]));
  res.end('more', (e) => log('end with data cb', e.code));
  log('write after end returned', res.write('x', (e) => log('write after end cb', e.code)));
  process.nextTick(() => log('tick queued by the handler'));
  setImmediate(() => {
    res.write('late', (e) => {
      log('late write cb', e.code);
      server.close();
    });
  });
});

server.listen(0, '127.0.0.1', () => {
  const req = http.get({ port: server.address().port, host: '127.0.0.1' }, (res) => {
    let body = '';
    res.setEncoding('utf8');
    res.on('data', (d) => { body += d; });
    res.on('end', () => log('client body', JSON.stringify(body)));
  });
  log('client req after end()', state(req));
  req.on('finish', () => log('client req finish', state(req)));
  req.on('close', () => log('client req close', state(req)));
});
