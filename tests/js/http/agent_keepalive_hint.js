'use strict';
// agentKeepAliveTimeoutBuffer: its value (bad ones mean 1000), and a free
// socket whose server said `Keep-Alive: timeout=N` is not reused once N
// seconds less the buffer have passed.
const http = require('http');

for (const v of [1500, 0, 2.5, -100, Infinity, NaN, '5', undefined]) {
  console.log('buffer', String(v), new http.Agent({ agentKeepAliveTimeoutBuffer: v }).agentKeepAliveTimeoutBuffer);
}
console.log('global', http.globalAgent.agentKeepAliveTimeoutBuffer);

const server = http.createServer((q, s) => {
  s.setHeader('Keep-Alive', 'timeout=1');
  s.end('ok');
});

function get(port, agent) {
  return new Promise((resolve) => {
    http.get({ port, agent }, (res) => {
      const socket = res.socket;
      res.resume();
      res.on('end', () => setImmediate(() => resolve(socket)));
    });
  });
}

server.listen(0, async () => {
  const port = server.address().port;
  for (const buffer of [0, 1000]) {
    const agent = new http.Agent({ keepAlive: true, agentKeepAliveTimeoutBuffer: buffer });
    const a = await get(port, agent);
    const b = await get(port, agent);
    console.log('buffer', buffer, 'reused:', a === b, 'expired socket destroyed:', a !== b && a.destroyed);
    agent.destroy();
  }
  server.close();
});
