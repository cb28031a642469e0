// The order of 'finish', 'end' and 'close' on both sides of one exchange,
// with a throw-away connection and with a keep-alive agent.
'use strict';
const http = require('http');

function once(agent, label) {
  return new Promise((resolve) => {
    const server = http.createServer((req, res) => {
      req.on('close', () => console.log(label, 'server req close'));
      res.on('close', () => console.log(label, 'server res close'));
      res.on('finish', () => console.log(label, 'server res finish'));
      res.end('x');
    });
    server.listen(0, '127.0.0.1', () => {
      const req = http.get({ port: server.address().port, host: '127.0.0.1', agent }, (res) => {
        res.on('data', () => console.log(label, 'client data'));
        res.on('end', () => console.log(label, 'client res end'));
        res.on('close', () => console.log(label, 'client res close', res.complete, res.destroyed));
      });
      req.on('finish', () => console.log(label, 'client req finish'));
      req.on('close', () => {
        console.log(label, 'client req close');
        if (agent) agent.destroy();
        server.close(resolve);
      });
    });
  });
}

(async () => {
  await once(false, 'no-agent');
  await once(new http.Agent({ keepAlive: true }), 'keep-alive');
})();
