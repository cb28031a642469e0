'use strict';
// Request timeouts: the `timeout` option (validated, applied to the new
// socket), setTimeout() (applied once connected), the agent's timeout,
// which socket 'timeout' listeners a request has (req.timeoutCb), that the
// request's listener fires once, and a response's own 'timeout'.
const http = require('http');

function shape(req, s) {
  // The agent's own listener comes first; names differ between runtimes.
  return s.listeners('timeout').map((f, i) => (f === req.timeoutCb ? 'req' : i === 0 ? 'agent' : 'other'));
}

const server = http.createServer((q, s) => {
  if (q.url === '/slow') return;  // never answers
  if (q.url === '/headers') { s.flushHeaders(); return; }
  s.end('x');
});
server.listen(0, async () => {
  const port = server.address().port;
  const show = (tag, req) => new Promise((resolve) => {
    console.log(tag, 'timeoutCb before socket:', typeof req.timeoutCb, 'req.timeout:', req.timeout);
    req.on('socket', (s) => {
      console.log(tag, 'socket', s.timeout, shape(req, s));
      s.once('connect', () => console.log(tag, 'connect', s.timeout, shape(req, s)));
    });
    req.on('response', (res) => {
      const s = res.socket;
      console.log(tag, 'response', s.timeout, shape(req, s).length);
      res.resume();
      res.on('end', () => setImmediate(() => {
        console.log(tag, 'after', s.timeout, s.listenerCount('timeout'), 'timeoutCb null:', req.timeoutCb === null);
        resolve();
      }));
    });
    req.end();
  });
  const a = new http.Agent({ keepAlive: true });
  await show('plain', http.request({ port, agent: a }));
  await show('plain-reused', http.request({ port, agent: a }));
  await show('option', http.request({ port, agent: a, timeout: 500 }));
  const b = new http.Agent({ keepAlive: true, timeout: 300 });
  await show('agent', http.request({ port, agent: b }));
  await show('agent-reused', http.request({ port, agent: b }));
  await show('agent+option', http.request({ port, agent: new http.Agent({ timeout: 50 }), timeout: 100 }));
  const r = http.request({ port, agent: new http.Agent() });
  r.setTimeout(700);
  await show('setTimeout', r);
  const r2 = http.request({ port, agent: new http.Agent(), timeout: 900 });
  r2.setTimeout(700, () => {});
  await show('option+setTimeout', r2);

  // setTimeout() validation.
  for (const bad of [-1, 'x']) {
    try {
      http.request({ port, agent: false }).on('error', () => {}).setTimeout(bad);
    } catch (e) {
      console.log('setTimeout', bad, e.code, e.message);
    }
  }

  // The request's 'timeout' fires once; then the request is destroyed by us.
  await new Promise((resolve) => {
    const q = http.get({ port, path: '/slow', agent: false, timeout: 30 });
    let n = 0;
    q.on('timeout', () => {
      n++;
      console.log('slow timeout', n, 'listeners left:', q.socket.listeners('timeout').includes(q.timeoutCb));
    });
    q.on('error', (e) => console.log('slow error', e.code, e.message));
    q.on('close', resolve);
    setTimeout(() => { console.log('slow timeouts:', n); q.destroy(); }, 150);
  });

  // res.setTimeout(): the response gets 'timeout' while its body is awaited.
  await new Promise((resolve) => {
    const q = http.get({ port, path: '/headers', agent: false }, (res) => {
      res.on('timeout', () => {
        console.log('response timeout');
        q.destroy();
      });
      res.setTimeout(20);
    });
    q.on('error', (e) => console.log('headers error', e.code));
    q.on('close', resolve);
  });
  a.destroy();
  b.destroy();
  server.close();
  server.closeAllConnections();
});
