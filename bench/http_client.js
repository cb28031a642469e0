'use strict';
// node:http client speed: N sequential GETs (default 20,000) through one
// keep-alive Agent to a local node:http server in the same process, each
// response body read to its end. Prints `name<TAB>requests per second` (wall
// clock, then per CPU second) like the other bench files; runs unchanged
// under node and jolt (`bash bench/core.sh http_client`).
const http = require('http');

const total = Number(process.env.HTTP_REQUESTS) || 20000;
const warmup = Math.min(1000, total);
const body = 'hello world';
const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });

const server = http.createServer((req, res) => {
  res.setHeader('content-type', 'text/plain');
  res.setHeader('content-length', body.length);
  res.end(body);
});

function get(port) {
  return new Promise((resolve, reject) => {
    const req = http.get({ host: '127.0.0.1', port, path: '/', agent }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => { text += chunk; });
      res.on('end', () => (text === body ? resolve() : reject(new Error(`unexpected body ${text}`))));
      res.on('error', reject);
    });
    req.on('error', reject);
  });
}

async function run(port, count) {
  for (let i = 0; i < count; i++) await get(port);
}

server.listen(0, '127.0.0.1', async () => {
  const { port } = server.address();
  try {
    await run(port, warmup);
    const start = process.hrtime.bigint();
    const cpuStart = process.cpuUsage();
    await run(port, total);
    const seconds = Number(process.hrtime.bigint() - start) / 1e9;
    const cpu = process.cpuUsage(cpuStart);
    const cpuSeconds = (cpu.user + cpu.system) / 1e6;
    console.log(`http.request keep-alive sequential GET\t${(total / seconds).toFixed(0)}`);
    console.log(`http.request GET per CPU second\t${(total / cpuSeconds).toFixed(0)}`);
  } finally {
    agent.destroy();
    server.close();
  }
});
