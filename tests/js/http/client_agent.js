// Client over TCP: request/get forms, request bodies, response streaming,
// trailers, HEAD/204, 'information', Agent keep-alive reuse, maxSockets
// queueing, agent: false, and connection errors.
'use strict';
const http = require('http');

let active = 0;
let peak = 0;
const server = http.createServer((req, res) => {
  active++;
  peak = Math.max(peak, active);
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', () => {
    const body = Buffer.concat(chunks).toString();
    const done = () => { active--; };
    res.on('finish', done);
    if (req.url === '/stream') {
      res.write('part1,');
      setTimeout(() => { res.addTrailers({ 'X-Sum': '12' }); res.end('part2'); }, 20);
      return;
    }
    if (req.url === '/info') {
      res.writeProcessing();
      res.end('after info');
      return;
    }
    if (req.url === '/204') { res.statusCode = 204; res.end(); return; }
    setTimeout(() => {
      res.setHeader('X-Method', req.method);
      res.setHeader('X-Conn', String(req.headers.connection));
      res.end(`${req.method} ${req.url} ${body} host=${req.headers.host.replace(/:\d+$/, ":<port>")}`);
    }, 10);
  });
});

function fetchText(opts, body) {
  return new Promise((resolve, reject) => {
    const req = http.request(opts, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (c) => { text += c; });
      res.on('end', () => resolve({ req, res, text }));
    });
    req.on('error', reject);
    if (body) req.write(body);
    req.end();
  });
}

server.listen(0, '127.0.0.1', async () => {
  const port = server.address().port;
  const base = `http://127.0.0.1:${port}`;

  let r = await fetchText(`${base}/a?x=1`);
  console.log(r.res.statusCode, r.res.statusMessage, r.res.httpVersion, r.text, r.res.headers['x-method']);
  r = await fetchText(new URL(`${base}/url-object`));
  console.log(r.text);
  r = await fetchText({ port, host: '127.0.0.1', path: '/post', method: 'post', headers: { 'Content-Type': 'x' } }, 'payload');
  console.log(r.text, r.req.method, r.req.path, r.req.getHeader('content-type'));
  r = await fetchText({ port, host: '127.0.0.1', path: '/stream' });
  console.log(r.text, r.res.trailers, r.res.rawTrailers);
  r = await fetchText({ port, host: '127.0.0.1', path: '/204' });
  console.log(r.res.statusCode, JSON.stringify(r.text));
  r = await fetchText({ port, host: '127.0.0.1', path: '/head', method: 'HEAD' });
  console.log(r.res.statusCode, JSON.stringify(r.text), r.res.headers['content-length']);

  await new Promise((resolve) => {
    const req = http.get({ port, host: '127.0.0.1', path: '/info' }, (res) => {
      res.resume();
      res.on('end', resolve);
    });
    req.on('information', (info) => console.log('information', info.statusCode, info.statusMessage));
  });

  // Keep-alive agent: sequential requests reuse one socket.
  const agent = new http.Agent({ keepAlive: true });
  const seen = [];
  for (let i = 0; i < 3; i++) {
    r = await fetchText({ port, host: '127.0.0.1', path: '/ka' + i, agent });
    seen.push(r.req.reusedSocket, r.res.headers['x-conn']);
  }
  console.log('keep-alive', seen.join(' '));
  console.log('free sockets', Object.values(agent.freeSockets).map((l) => l.length));
  agent.destroy();

  // maxSockets: 2 -> at most two requests in flight, the rest queue.
  peak = 0;
  const limited = new http.Agent({ keepAlive: true, maxSockets: 2 });
  const all = [];
  for (let i = 0; i < 5; i++) all.push(fetchText({ port, host: '127.0.0.1', path: '/q' + i, agent: limited }));
  console.log('queued', Object.values(limited.requests).map((l) => l.length));
  const outs = await Promise.all(all);
  console.log('maxSockets peak', peak, outs.map((o) => o.text.split(' ')[1]).join(','));
  limited.destroy();

  // agent: false -> a fresh connection that closes.
  r = await fetchText({ port, host: '127.0.0.1', path: '/noagent', agent: false });
  console.log('no agent', r.res.headers['x-conn'], r.res.headers.connection);

  server.close(() => console.log('closed'));
});
