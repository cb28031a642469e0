'use strict';
// fetch() against a local node:http server: GET/POST, headers both ways,
// redirects (follow/manual/error, 303 and POST method changes, loops,
// non-http targets), HEAD and 204, streamed request bodies, and errors.
const http = require('http');

function echo(req, res) {
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', () => {
    // Sorted, without host and accept-encoding (Jolt has no zlib yet, so
    // it asks for no compressed encoding).
    const headers = {};
    const names = Object.keys(req.headers).filter((n) => n !== 'host' && n !== 'accept-encoding').sort();
    for (const name of names) headers[name] = req.headers[name];
    res.setHeader('x-served', 'yes');
    res.setHeader('set-cookie', ['a=1', 'b=2']);
    res.end(JSON.stringify({ method: req.method, url: req.url, headers, body: Buffer.concat(chunks).toString() }));
  });
}

let crossTarget;
const routes = {
  '/cross': (req, res) => { res.writeHead(307, { location: crossTarget }); res.end(); },
  '/redirect': (req, res) => { res.writeHead(302, { location: '/echo?from=302' }); res.end(); },
  '/303': (req, res) => { res.writeHead(303, { location: '/echo' }); res.end(); },
  '/307': (req, res) => { res.writeHead(307, { location: '/echo' }); res.end(); },
  '/loop': (req, res) => { res.writeHead(301, { location: '/loop' }); res.end(); },
  '/ftp': (req, res) => { res.writeHead(301, { location: 'ftp://a.test/' }); res.end(); },
  '/nolocation': (req, res) => { res.writeHead(302); res.end('no location'); },
  '/empty': (req, res) => { res.writeHead(204); res.end(); },
  '/status': (req, res) => { res.writeHead(418, 'Short And Stout', { 'content-type': 'text/x' }); res.end('teapot'); },
  '/chunks': (req, res) => {
    res.write('one,');
    setTimeout(() => { res.write('two,'); setTimeout(() => res.end('three'), 50); }, 50);
  },
};

const server = http.createServer((req, res) => {
  const route = routes[req.url.split('?')[0]];
  if (route) route(req, res);
  else echo(req, res);
});

async function show(label, promise) {
  try {
    const r = await promise;
    const text = await r.text();
    console.log(label, r.status, JSON.stringify(r.statusText), r.ok, r.redirected, r.url.replace(/:\d+/, ':PORT'), r.type);
    if (text.startsWith('{')) {
      const data = JSON.parse(text);
      console.log('  server saw', data.method, data.url, JSON.stringify(data.headers), JSON.stringify(data.body));
    } else {
      console.log('  body', JSON.stringify(text));
    }
  } catch (err) {
    console.log(label, err.name, err.message, err.cause ? `cause: ${JSON.stringify(err.cause.message)}` : '');
  }
}

async function refused() {
  const closed = http.createServer();
  await new Promise((resolve) => closed.listen(0, '127.0.0.1', resolve));
  const { port } = closed.address();
  await new Promise((resolve) => closed.close(resolve));
  try {
    await fetch(`http://127.0.0.1:${port}/`);
  } catch (err) {
    const { cause } = err;
    console.log('refused', err.name, err.message, cause.message === `connect ECONNREFUSED 127.0.0.1:${port}`,
      cause.code, cause.syscall, cause.address, cause.port === port);
  }
}

server.listen(0, '127.0.0.1', async () => {
  await refused();
  const base = `http://127.0.0.1:${server.address().port}`;
  const r = await fetch(`${base}/echo`);
  console.log(r.status, r.headers.get('x-served'), r.headers.getSetCookie(), r.headers.get('content-type'));
  console.log(JSON.parse(await r.text()).headers);
  let immutable = 'no error';
  try { r.headers.set('x', 'y'); } catch (err) { immutable = err.message; }
  console.log('headers', immutable);

  await show('POST', fetch(`${base}/echo`, { method: 'POST', body: 'abc', headers: { 'X-Custom': 'v', Accept: 'text/plain' } }));
  await show('PUT bytes', fetch(`${base}/echo`, { method: 'PUT', body: new Uint8Array([104, 105]) }));
  await show('POST empty', fetch(`${base}/echo`, { method: 'POST' }));
  await show('POST params', fetch(`${base}/echo`, { method: 'POST', body: new URLSearchParams({ q: 'a b' }) }));
  await show('POST iterable', fetch(`${base}/echo`, {
    method: 'POST', duplex: 'half', body: (async function* gen() { yield 'streamed '; yield new Uint8Array([33]); })(),
  }));
  await show('Request object', fetch(new Request(`${base}/echo?q=1`, { method: 'DELETE', headers: { 'x-a': 'b' } })));
  await show('status', fetch(`${base}/status`));
  await show('204', fetch(`${base}/empty`));
  await show('HEAD', fetch(`${base}/echo`, { method: 'HEAD' }));
  await show('follow', fetch(`${base}/redirect`));
  await show('follow POST', fetch(`${base}/redirect`, { method: 'POST', body: 'dropped' }));
  await show('303 PUT', fetch(`${base}/303`, { method: 'PUT', body: 'dropped' }));
  await show('307 POST', fetch(`${base}/307`, { method: 'POST', body: 'kept' }));
  await show('307 stream', fetch(`${base}/307`, {
    method: 'POST', duplex: 'half', body: new ReadableStream({ pull(c) { c.enqueue(new Uint8Array([49])); c.close(); } }),
  }));
  await show('303 stream', fetch(`${base}/303`, {
    method: 'POST', duplex: 'half', body: new ReadableStream({ pull(c) { c.enqueue(new Uint8Array([49])); c.close(); } }),
  }));
  await show('manual', fetch(`${base}/redirect`, { redirect: 'manual' }));
  await show('no location', fetch(`${base}/nolocation`));
  await show('error', fetch(`${base}/redirect`, { redirect: 'error' }));
  await show('loop', fetch(`${base}/loop`));
  await show('ftp target', fetch(`${base}/ftp`));
  // To another origin (another port): credentials are not carried over.
  const other = http.createServer(echo);
  await new Promise((resolve) => other.listen(0, '127.0.0.1', resolve));
  crossTarget = `http://127.0.0.1:${other.address().port}/echo`;
  const credentials = { Authorization: 'Basic eA==', Cookie: 'c=1', 'X-Keep': 'yes' };
  await show('cross-origin', fetch(`${base}/cross`, { headers: credentials }));
  await show('same-origin', fetch(`${base}/redirect`, { headers: credentials }));
  other.closeAllConnections();
  other.close();

  const streamed = await fetch(`${base}/chunks`);
  console.log('chunks', await streamed.text());
  // The response body read as it arrives.
  const live = await fetch(`${base}/chunks`);
  const parts = [];
  for await (const chunk of live.body) parts.push(Buffer.from(chunk).toString());
  console.log('streamed', parts.join(''), parts.length > 1, live.bodyUsed);
  // A ReadableStream request body, sent as it is produced.
  let n = 0;
  const source = new ReadableStream({
    async pull(controller) {
      await new Promise((resolve) => setTimeout(resolve, 5));
      if (n === 3) controller.close();
      else controller.enqueue(new TextEncoder().encode(`part${n++};`));
    },
  });
  await show('POST stream', fetch(`${base}/echo`, { method: 'POST', body: source, duplex: 'half' }));
  const cloned = await fetch(`${base}/chunks`);
  const twin = cloned.clone();
  console.log('clone', await cloned.text(), await twin.text());
  const json = await (await fetch(`${base}/echo`, { method: 'POST', body: '{"k":1}' })).json();
  console.log(json.body);
  const fd = new FormData();
  fd.append('field', 'value');
  const viaForm = JSON.parse(await (await fetch(`${base}/echo`, { method: 'POST', body: fd })).text());
  console.log(viaForm.headers['content-type'].startsWith('multipart/form-data; boundary='), viaForm.body.includes('name="field"'));

  server.closeAllConnections();
  server.close();
});
