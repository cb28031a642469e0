// writeEarlyHints(): a 103 whose Link values are joined into one header,
// then the other hints; nothing (and no callback) without a link; node's
// link format check and its errors.
'use strict';
const http = require('http'), net = require('net');
const cases = {
  empty: (res) => { res.writeEarlyHints({ link: [] }, () => console.log('empty cb')); res.end('x'); },
  emptyObj: (res) => { res.writeEarlyHints({}, () => console.log('emptyObj cb')); res.end('x'); },
  linkStr: (res) => { res.writeEarlyHints({ link: '</a.css>; rel=preload' }); res.end('x'); },
  linkArr: (res) => { res.writeEarlyHints({ link: ['</a.css>; rel=preload', '</b.js>; rel=preload'], 'x-trace': 'id' }); res.end('x'); },
  noLink: (res) => { res.writeEarlyHints({ 'x-trace': 'id' }); res.end('x'); },
  badLink: (res) => { try { res.writeEarlyHints({ link: 'not a link\n' }); } catch (e) { console.log('badLink', e.code, e.message); } res.end('x'); },
  badType: (res) => { try { res.writeEarlyHints('x'); } catch (e) { console.log('badType', e.code); } res.end('x'); },
};
const server = http.createServer((req, res) => cases[req.url.slice(1)](res));
server.listen(0, async () => {
  for (const k of Object.keys(cases)) {
    await new Promise((resolve) => {
      const s = net.connect(server.address().port, () => s.end(`GET /${k} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`));
      let d = ''; s.on('data', (c) => d += c); s.on('close', () => { console.log(k, JSON.stringify(d.replace(/\r\nDate: [^\r]*/g, '').replace(/\r\n\r\nx$/, ''))); resolve(); });
    });
  }
  server.close();
});

{
const res = new http.ServerResponse({ method: 'GET', httpVersionMajor: 1, httpVersionMinor: 1, headers: {} });
const tries = ['</a.css>; rel=preload', '<a>', '</a>;rel=preload', '</a>; rel="preload"', '</a>; rel=preload; as=style', '</a> ; rel=preload', 'a.css', '</a>; ', '</a>;', '<>; rel=x', '</a>; rel=pre load', '</a>, </b>', '</a>; rel=preload; crossorigin', ' </a>', '</a>; rel=preload\r\n', '</a>; r=\u00e9'];
for (const t of tries) {
  try { res.writeEarlyHints({ link: t }); console.log(JSON.stringify(t), 'ok'); } catch (e) { console.log(JSON.stringify(t), e.code); }
}
try { res.writeEarlyHints({ link: ['</a>', 5] }); console.log('arr with number ok'); } catch (e) { console.log('arr with number', e.code, e.message); }
try { res.writeEarlyHints({ link: 5 }); console.log('number ok'); } catch (e) { console.log('number', e.code, e.message); }
try { res.writeEarlyHints({ link: '</a>', 'bad name': 'x' }); console.log('bad name ok'); } catch (e) { console.log('bad name', e.code, e.message); }
try { res.writeEarlyHints({ link: '</a>', 'x': 'a\nb' }); console.log('bad value ok'); } catch (e) { console.log('bad value', e.code, e.message); }
try { res.writeEarlyHints({ link: '</a>' }, 'notfn'); console.log('cb str ok'); } catch (e) { console.log('cb str', e.code, e.message); }
}
