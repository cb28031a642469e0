'use strict';
// fetch() client speed: N sequential keep-alive GETs (default 20,000) to a
// local node:http server in the same process, each body read with text().
// Prints `name<TAB>requests per second` (wall clock, then per CPU second)
// like the other bench files. Runs unchanged under node and jolt;
// `bash bench/core.sh fetch` runs it on both.
const http = require('http');

const total = Number(process.env.FETCH_REQUESTS) || 20000;
const warmup = Math.min(1000, total);
const body = 'hello world';

const server = http.createServer((req, res) => {
  res.setHeader('content-type', 'text/plain');
  res.setHeader('content-length', body.length);
  res.end(body);
});

function now() {
  const [s, ns] = process.hrtime();
  return s * 1e3 + ns / 1e6;
}

async function run(url, count) {
  for (let i = 0; i < count; i++) {
    const response = await fetch(url);
    const text = await response.text();
    if (text !== body) throw new Error(`unexpected body ${JSON.stringify(text)}`);
  }
}

server.listen(0, '127.0.0.1', async () => {
  const url = `http://127.0.0.1:${server.address().port}/`;
  try {
    await run(url, warmup);
    const start = now();
    const cpuStart = process.cpuUsage();
    await run(url, total);
    const seconds = (now() - start) / 1000;
    const cpu = process.cpuUsage(cpuStart);
    const cpuSeconds = (cpu.user + cpu.system) / 1e6;
    console.log(`fetch keep-alive sequential GET\t${(total / seconds).toFixed(0)}`);
    // Requests per CPU second (client and server together): steadier than
    // the wall-clock rate on a shared machine.
    console.log(`fetch GET per CPU second\t${(total / cpuSeconds).toFixed(0)}`);
  } finally {
    server.closeAllConnections?.();
    server.close();
  }
});
