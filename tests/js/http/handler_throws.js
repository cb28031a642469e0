// A request handler that throws (an 'uncaughtException' listener keeps the
// process up): the connection's next request is not served (node's parser
// stops at the exception).
'use strict';
const http = require('http');
let n = 0;
process.on('uncaughtException', (e) => console.log('uncaught', e.message));
const s = http.createServer((req, res) => { n++; if (n === 1) { res.end('one'); throw new Error('boom'); } res.end('two ' + req.url); });
s.listen(0, '127.0.0.1', async () => {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  for (const p of ['/a', '/b']) {
    await new Promise((r) => http.get({ host: '127.0.0.1', port: s.address().port, path: p, agent }, (res) => { let b = ''; res.on('data', (d) => b += d); res.on('end', () => { console.log(p, b); r(); }); }).on('error', (e) => { console.log(p, 'err', e.code); r(); }));
  }
  agent.destroy(); s.close();
});
