'use strict';
// Aborting fetch() against a local server: before the response head
// (default AbortError and a custom reason), while the body streams in, and
// AbortSignal.timeout; a body cut off by the server ('terminated'). The
// server keeps serving afterwards.
const http = require('http');

let pending = [];
const server = http.createServer((req, res) => {
  if (req.url === '/slow-head') {
    pending.push(res);
    return;
  }
  if (req.url === '/slow-body') {
    res.write('first part;');
    pending.push(res);
    return;
  }
  if (req.url === '/cut') {
    res.writeHead(200, { 'content-length': '100' });
    res.write('partial');
    setTimeout(() => res.socket.destroy(), 20);
    return;
  }
  res.end('fine');
});

function describe(err) {
  return `${err.name} ${err.code} ${JSON.stringify(err.message)} ${err instanceof DOMException}`;
}

server.listen(0, '127.0.0.1', async () => {
  const base = `http://127.0.0.1:${server.address().port}`;

  const ac = new AbortController();
  const headPromise = fetch(`${base}/slow-head`, { signal: ac.signal });
  setTimeout(() => ac.abort(), 20);
  await headPromise.then(() => console.log('head: resolved'), (err) => console.log('head:', describe(err)));

  const ac2 = new AbortController();
  const reasonPromise = fetch(`${base}/slow-head`, { signal: ac2.signal });
  setTimeout(() => ac2.abort(new RangeError('custom reason')), 20);
  await reasonPromise.then(() => console.log('reason: resolved'), (err) => console.log('reason:', describe(err)));

  await fetch(`${base}/slow-head`, { signal: AbortSignal.timeout(30) })
    .then(() => console.log('timeout: resolved'), (err) => console.log('timeout:', describe(err)));

  const ac3 = new AbortController();
  const response = await fetch(`${base}/slow-body`, { signal: ac3.signal });
  console.log('body: status', response.status);
  const reading = response.text();
  setTimeout(() => ac3.abort(), 20);
  await reading.then(() => console.log('body: resolved'), (err) => console.log('body:', describe(err)));

  const cut = await fetch(`${base}/cut`);
  await cut.text().then(() => console.log('cut: resolved'), (err) => console.log('cut:', err.name, err.message,
    err.cause instanceof Error));
  const cutStream = await fetch(`${base}/cut`);
  const reader = cutStream.body.getReader();
  console.log('cut stream first chunk', (await reader.read()).value.length);
  await reader.read().then(() => console.log('cut stream: resolved'), (err) => console.log('cut stream:', err.name,
    err.message));

  const after = await fetch(`${base}/ok`);
  console.log('after:', after.status, await after.text());

  for (const res of pending) res.destroy();
  pending = [];
  server.closeAllConnections();
  server.close();
});
