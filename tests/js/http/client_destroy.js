'use strict';
// ClientRequest destroy()/abort() at each stage, and what the request and
// its response emit (events and their order), including errors.
const http = require('http');
const net = require('net');

function track(tag, req) {
  for (const ev of ['socket', 'abort', 'error', 'close', 'response']) {
    req.on(ev, (x) => console.log(tag, 'req', ev, ev === 'error' ? `${x.constructor.name} ${x.code} ${x.message}` : '',
                                  'destroyed=' + req.destroyed));
  }
}
function trackRes(tag, res) {
  for (const ev of ['aborted', 'error', 'close', 'end']) {
    res.on(ev, (x) => console.log(tag, 'res', ev, ev === 'error' ? `${x.code} ${x.message}` : '',
                                  'aborted=' + res.aborted, 'complete=' + res.complete));
  }
}
function brokenConnection() {
  const socket = new net.Socket();
  process.nextTick(() => socket.destroy(new Error('Oops')));
  return socket;
}

let serverRes = [];
const server = http.createServer((q, s) => {
  s.writeHead(200);
  s.write('part');
  serverRes.push(s);
});
server.listen(0, async () => {
  const port = server.address().port;
  const run = (tag, f) => new Promise((resolve) => {
    const req = f();
    track(tag, req);
    req.on('close', () => setTimeout(resolve, 30));
  });
  await run('destroyNoSocket', () => { const q = http.get({ port }); q.destroy(); return q; });
  await run('destroyErrNoSocket', () => { const q = http.get({ port }); q.destroy(new Error('boom')); return q; });
  await run('destroyOnSocket', () => { const q = http.get({ port }); q.on('socket', () => q.destroy()); return q; });
  await run('destroyInResponse', () => http.get({ port }, function(res) {
    trackRes('destroyInResponse', res);
    res.on('data', () => {});
    this.destroy();
  }));
  await run('destroyErrInResponse', () => http.get({ port }, function(res) {
    trackRes('destroyErrInResponse', res);
    this.destroy(new Error('E'));
  }));
  await run('abortInResponse', () => http.get({ port }, function(res) {
    trackRes('abortInResponse', res);
    this.abort();
  }));
  await run('resDestroy', () => http.get({ port }, (res) => {
    trackRes('resDestroy', res);
    res.destroy();
    console.log('resDestroy closed right after destroy:', res.closed);
  }));
  // The server cuts a response: 'aborted', and no crash without an 'error' listener.
  await run('serverCut', () => http.get({ port }, (res) => {
    res.on('aborted', () => console.log('serverCut res aborted'));
    res.on('close', () => console.log('serverCut res close'));
    serverRes.pop().destroy();
  }));
  await run('brokenAbort', () => { const q = http.get({ createConnection: brokenConnection }); q.abort(); return q; });
  await run('brokenDestroy', () => { const q = http.get({ createConnection: brokenConnection }); q.destroy(); return q; });
  await run('broken', () => http.get({ createConnection: brokenConnection }));

  // A request queued in its agent leaves the queue when destroyed/aborted.
  for (const how of ['destroy', 'abort']) {
    const agent = new http.Agent({ maxSockets: 1 });
    const first = http.get({ port, agent }, (res) => { res.resume(); res.destroy(); });
    first.on('error', () => {});
    await run('queued-' + how, () => {
      const q = http.get({ port, agent });
      q[how]();
      console.log('queued-' + how, 'still queued right after:', Object.keys(agent.requests).length);
      return q;
    });
    console.log('queued-' + how, 'left in queue:', Object.keys(agent.requests).length);
    agent.destroy();
  }

  // AbortSignal: aborted before the request, and during it.
  const pre = new AbortController();
  pre.abort();
  await run('signalPre', () => {
    const q = http.get({ port, signal: pre.signal });
    console.log('signalPre destroyed at once:', q.destroyed);
    return q;
  });
  const later = new AbortController();
  await run('signalLater', () => {
    const q = http.get({ port, signal: later.signal });
    console.log('signalLater abort listeners:', require('events').getEventListeners(later.signal, 'abort').length);
    process.nextTick(() => later.abort());
    return q;
  });

  // A socket error before the response: one 'error', nothing parsed after it.
  class ErrAgent extends http.Agent {
    createConnection() {
      const s = new net.Socket();
      s.on('error', () => s.push('HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n'));
      return s;
    }
  }
  await run('socketError', () => {
    const q = http.get({ agent: new ErrAgent() });
    q.on('socket', (s) => process.nextTick(() => s.emit('error', new Error('Intentional'))));
    return q;
  });

  // abort() in a 'data' listener: no more 'data' after it.
  await new Promise((resolve) => {
    const big = http.createServer((q, s) => {
      s.writeHead(200);
      for (let i = 0; i < 2000; i++) s.write(`chunk ${i} `);
      s.end();
    });
    big.listen(0, () => {
      const q = http.get({ port: big.address().port }, (res) => {
        let late = 0;
        res.on('data', () => {
          if (q.aborted) late++;
          else q.abort();
        });
        q.on('close', () => {
          console.log('abortInData data after abort:', late);
          big.close();
          resolve();
        });
      });
    });
  });

  for (const s of serverRes) s.destroy();
  server.close();
});
