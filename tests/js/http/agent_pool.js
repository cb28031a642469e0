'use strict';
// http.Agent pooling: when a socket goes back to the pool ('free' on the
// agent and on the socket, after the body is read), what is passed to
// createConnection, free sockets that fail, time out or are destroyed are
// not reused, and maxTotalSockets shared between two hosts.
const http = require('http');

const server = http.createServer((q, s) => s.end('hello'));
const server2 = http.createServer((q, s) => s.end('hello'));

function get(opts) {
  return new Promise((resolve, reject) => {
    const q = http.get(opts, (res) => {
      const socket = res.socket;
      res.resume();
      res.on('end', () => resolve({ res, socket }));
    });
    q.on('error', reject);
  });
}

server.listen(0, () => server2.listen(0, async () => {
  const port = server.address().port;
  const name = `localhost:${port}:`;

  // createConnection options of a keep-alive agent; agent option validation.
  {
    const agent = new http.Agent({ keepAlive: true, keepAliveMsecs: 1234 });
    const orig = agent.createConnection;
    agent.createConnection = function(o, cb) {
      console.log('createConnection keepAlive', o.keepAlive, o.keepAliveInitialDelay, 'signal' in o);
      return orig.call(this, o, cb);
    };
    await get({ port, agent, signal: new AbortController().signal });
    agent.destroy();
    for (const v of ['2', 0, -1, NaN]) {
      try {
        new http.Agent({ maxTotalSockets: v });
      } catch (e) {
        console.log('maxTotalSockets', v, e.code, e.message);
      }
    }
  }

  // The socket stays busy while the body is read, is free after.
  {
    const agent = new http.Agent({ keepAlive: true });
    let order = [];
    agent.on('free', () => order.push('agent free'));
    await new Promise((resolve) => {
      http.get({ port, agent }, (res) => {
        res.socket.on('free', () => order.push('socket free'));
        res.on('data', () => order.push(`data busy=${agent.sockets[name].length} free=${!!agent.freeSockets[name]}`));
        res.on('end', () => {
          order.push(`end busy=${agent.sockets[name].length}`);
          process.nextTick(() => {
            order.push(`next busy=${!!agent.sockets[name]} free=${agent.freeSockets[name].length} total=${agent.totalSocketCount}`);
            resolve();
          });
        });
      });
    });
    console.log(order.join('\n'));
    const s = agent.freeSockets[name][0];
    console.log('free socket error listeners', s.listenerCount('error'));

    // An error on a free socket takes it out of the pool at once.
    s.emit('error', new Error('ECONNRESET: test'));
    console.log('after error: free', Object.keys(agent.freeSockets).length, 'destroyed', s.destroyed);
    const { socket } = await get({ port, agent });
    console.log('new socket', socket !== s);
    agent.destroy();
  }

  // At the response's 'end' the request is done (destroyed), so abort() or
  // destroy() then leaves the socket, which goes back to the pool.
  for (const how of ['abort', 'destroy']) {
    const agent = new http.Agent({ keepAlive: true });
    await new Promise((resolve) => {
      const q = http.get({ port, agent }, (res) => {
        console.log(how, 'destroyed at response:', q.destroyed);
        res.on('end', () => {
          console.log(how, 'destroyed at end:', q.destroyed);
          q[how]();
          console.log(how, 'socket destroyed after', how + ':', q.socket.destroyed, 'aborted:', q.aborted);
          setImmediate(() => {
            console.log(how, 'pooled:', agent.freeSockets[name].length);
            resolve();
          });
        });
        res.resume();
      });
    });
    agent.destroy();
  }

  // A free socket destroyed (or timed out) is not handed out again.
  for (const how of ['destroy', 'timeout']) {
    const agent = new http.Agent({ keepAlive: true, timeout: how === 'timeout' ? 30 : undefined });
    const first = await get({ port, agent });
    const s = first.socket;
    if (how === 'destroy') {
      await new Promise((r) => setImmediate(r));
      s.destroy();
    } else {
      await new Promise((r) => s.once('timeout', r));
    }
    const second = await get({ port, agent });
    console.log(how, 'reused:', second.socket === s, 'old destroyed:', s.destroyed);
    console.log(how, 'res.socket after end:', first.res.socket === null);
    agent.destroy();
  }

  // maxTotalSockets shared by two hosts.
  {
    const agent = new http.Agent({ keepAlive: true, maxTotalSockets: 2, maxSockets: 3, maxFreeSockets: 3 });
    let peak = 0;
    const jobs = [];
    for (const p of [port, server2.address().port]) {
      for (let i = 0; i < 4; i++) {
        jobs.push(get({ port: p, agent, path: `/${i}` }).then(() => {
          let n = 0;
          for (const k in agent.sockets) n += agent.sockets[k].length;
          peak = Math.max(peak, n);
        }));
      }
    }
    await Promise.all(jobs);
    console.log('maxTotalSockets peak busy <= 2:', peak <= 2, 'queued left:', Object.keys(agent.requests).length);
    agent.destroy();
  }
  server.close();
  server2.close();
}));
