// res.strictContentLength: a body longer than the Content-Length set (write)
// or different from it (end) throws ERR_HTTP_CONTENT_LENGTH_MISMATCH; an exact
// body, or no Content-Length, goes out as usual.
'use strict';
const http = require('http');
const server = http.createServer((req, res) => {
  res.strictContentLength = true;
  const t = req.url;
  try {
    if (t === '/more') { res.setHeader('Content-Length', 3); res.write('ab'); res.write('cd'); }
    else if (t === '/less') { res.setHeader('Content-Length', 5); res.end('abc'); return; }
    else if (t === '/endmore') { res.setHeader('Content-Length', 2); res.end('abc'); return; }
    else if (t === '/exact') { res.setHeader('Content-Length', 3); res.write('a'); res.end('bc'); return; }
    else if (t === '/head') { res.writeHead(200, { 'Content-Length': 2 }); res.end('abc'); return; }
    else if (t === '/nolen') { res.end('abc'); return; }
  } catch (e) { console.log(t, 'threw', e.code, e.message); }
  try { res.end(); } catch (e) { console.log(t, 'end threw', e.code, e.message); res.destroy(); }
});
server.listen(0, '127.0.0.1', async () => {
  for (const p of ['/more', '/less', '/endmore', '/exact', '/head', '/nolen']) {
    await new Promise((resolve) => {
      http.get({ host: '127.0.0.1', port: server.address().port, path: p, agent: false }, (res) => {
        let b = ''; res.on('data', (d) => b += d); res.on('end', () => { console.log(p, res.statusCode, JSON.stringify(b)); resolve(); });
        res.on('error', (e) => { console.log(p, 'error', e.code); resolve(); });
      }).on('error', (e) => { console.log(p, 'error', e.code); resolve(); });
    });
  }
  server.close();
});
