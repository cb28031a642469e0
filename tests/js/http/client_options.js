'use strict';
// ClientRequest options: validation errors (code + message), the default
// path and method, the Host header against defaultPort, header arrays
// (sent as given: no Host, no Authorization added), a URL's own properties.
const http = require('http');

const none = () => {};
function t(label, f) {
  try {
    console.log(label, 'ok', f());
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}
const req = (o) => http.request({ createConnection: none, ...o });

t('path empty', () => req({ path: '' }).path);
t('path zero', () => req({ path: 0 }).path);
t('path latin1', () => req({ path: '/a\u00ff' }).path);
t('path wide', () => req({ path: '/a\uffe2' }).path);
t('path space', () => req({ path: '/a b' }).path);
t('path tab', () => req({ path: '/a\t' }).path);
t('path nul', () => req({ path: '/a\0' }).path);
t('method empty', () => req({ method: '' }).method);
t('method lower', () => req({ method: 'post' }).method);
t('insecure string', () => req({ insecureHTTPParser: 'yes' }));
t('insecure null', () => req({ insecureHTTPParser: null }));
t('insecure true', () => req({ insecureHTTPParser: true }).insecureHTTPParser);
t('join string', () => req({ joinDuplicateHeaders: 1 }));
t('timeout negative', () => req({ timeout: -1 }));
t('timeout NaN', () => req({ timeout: NaN }));
t('timeout Infinity', () => req({ timeout: Infinity }));
t('timeout string', () => req({ timeout: '5' }));
t('timeout fraction', () => req({ timeout: 1.5 }).timeout);
t('timeout unset', () => req({}).timeout);
t('defaultPort', () => req({ defaultPort: 81 }).getHeader('host'));
t('defaultPort same', () => req({ defaultPort: 81, port: 81 }).getHeader('host'));
t('defaultPort other', () => req({ defaultPort: 81, port: 80 }).getHeader('host'));
t('no agent port 80', () => req({ port: 80 }).getHeader('host'));
t('ipv6 host', () => req({ host: '::1', port: 8080 }).getHeader('host'));
t('colon host', () => req({ host: 'foo:1234' }).getHeader('host'));
t('setHost false', () => req({ setHost: false, port: 81 }).getHeader('host'));
t('auth', () => req({ auth: 'u:p' }).getHeader('authorization'));
t('auth kept', () => req({ auth: 'u:p', headers: { Authorization: 'x' } }).getHeader('authorization'));
t('header array host', () => req({ headers: ['a', '1'], auth: 'u:p' }).getHeader('host'));
t('header array auth', () => req({ headers: [['a', '1']], auth: 'u:p' }).getHeader('authorization'));
t('headers.host array', () => http.request({ port: 1, headers: { host: [] } }));
t('headers.host number', () => http.request({ port: 1, headers: { host: 5 } }));
t('url own props', () => {
  const u = new URL('http://example.com:9/p?q=1');
  u.headers = { foo: 'Bar' };
  const r = http.request(u, { createConnection: none });
  return [r.path, r.getHeader('foo'), r.getHeader('host')];
});

// What a server receives for header arrays and objects.
const server = http.createServer((q, s) => {
  const h = { ...q.headers };
  delete h.connection;
  if (h.host === `localhost:${server.address().port}`) h.host = 'localhost:PORT';
  console.log(q.url, JSON.stringify(h));
  s.end();
});
server.listen(0, async () => {
  const port = server.address().port;
  const send = (o) => new Promise((resolve) => {
    http.request({ port, agent: false, ...o }, (res) => { res.resume(); res.on('end', resolve); }).end();
  });
  await send({ path: '/object', auth: 'a:b', headers: { 'x-foo': 'boom', cookie: ['a=1', 'b=2'] } });
  await send({ path: '/pairs', auth: 'a:b', headers: [['x-foo', 'boom'], ['cookie', 'a=1'], ['cookie', 'b=2'], ['Host', 'example.com']] });
  await send({ path: '/flat', headers: ['x-foo', 'boom', 'Host', 'example.org'] });
  server.close();
});
