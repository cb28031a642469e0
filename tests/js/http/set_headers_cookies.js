// res.setHeaders(): a Headers object's Set-Cookie values (listed one by one)
// become one header holding all of them, set after the other headers; a
// Map's entries are set as they are.
'use strict';
const http = require('http');
const server = http.createServer((req, res) => {
  const h = new Headers();
  h.append('Set-Cookie', 'a=b'); h.append('X', '1'); h.append('Set-Cookie', 'c=d');
  res.setHeaders(h);
  res.setHeaders(new Map([['y', ['1', '2']], ['Set-Cookie', 'e=f']]));
  console.log(res.getHeaders(), res.getHeaderNames());
  const one = new Headers([['set-cookie', 'only=1']]);
  const r2 = new http.ServerResponse(req); r2.setHeaders(one); console.log(r2.getHeader('set-cookie'));
  res.end();
});
server.listen(0, () => http.get({ port: server.address().port }, (res) => { console.log(res.headers['set-cookie'], res.rawHeaders.filter((x, i) => i % 2 === 0)); res.resume(); server.close(); }));
