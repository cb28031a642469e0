// createServer's shouldUpgradeCallback decides whether an Upgrade request
// goes to 'upgrade' (called with the request, this = the server); a declined
// one is served as a plain request, and one taken with no 'upgrade' listener
// has its connection closed. Without the option, an 'upgrade' listener
// decides.
'use strict';
const http = require('http');

try {
  http.createServer({ shouldUpgradeCallback: 'yes' });
} catch (e) {
  console.log(e.code, e.message);
}

function run(label, options, withListener, path, next) {
  const server = http.createServer(options, (req, res) => {
    console.log(label, 'request', req.url, req.upgrade);
    res.end('plain');
  });
  if (withListener) {
    server.on('upgrade', (req, socket, head) => {
      console.log(label, 'upgrade', req.url, req.upgrade, head.length);
      socket.end('HTTP/1.1 101 Switching Protocols\r\nConnection: Upgrade\r\nUpgrade: x\r\n\r\n');
    });
  }
  server.listen(0, () => {
    const done = () => server.close(next);
    const r = http.request({ port: server.address().port, path, headers: { Upgrade: 'x', Connection: 'Upgrade' } });
    r.on('upgrade', (res, s) => { console.log(label, 'client upgrade', res.statusCode); s.destroy(); done(); });
    r.on('response', (res) => {
      console.log(label, 'client response', res.statusCode);
      res.resume();
      res.on('end', done);
    });
    r.on('error', (e) => { console.log(label, 'client error', e.code); done(); });
    r.end();
  });
}

const cb = {
  shouldUpgradeCallback(req) {
    console.log('callback', req.url, req.headers.upgrade, this instanceof http.Server);
    return req.url === '/yes';
  },
};
run('taken', cb, true, '/yes', () =>
  run('declined', cb, true, '/no', () =>
    run('no listener', cb, false, '/yes', () =>
      run('default, listener', {}, true, '/a', () =>
        run('default, none', {}, false, '/b')))));
