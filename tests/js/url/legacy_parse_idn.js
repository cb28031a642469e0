// url.parse(): host names that IDNA rejects or maps onto URL syntax throw
// ERR_INVALID_URL; valid ones become Punycode.
const url = require('url');
for (const s of ['http://a\u200db/', 'http://\u00ad/bad.com/', 'http://fail\u2100fail.com/', 'http://fail\uff20fail.com/',
  'http://fail\uff05fail.com/', 'http://\u0661.com/', 'http://a\u00a0b/', 'http://xn--a\u00e9/', 'http://\u00e9\u00ad/',
  'http://M\u00dcNCHEN.de/', 'http://[127.0.0.1\u0000c8763]:8000/']) {
  try {
    const u = url.parse(s);
    console.log(JSON.stringify(s), u.hostname, u.href);
  } catch (e) {
    console.log(JSON.stringify(s), e.name, e.code, e.input === s);
  }
}
try { url.parse('http://%E0%A4%A@fail'); } catch (e) { console.log(e.name, e.code); }
// Bracketed hosts are not checked for brackets inside.
for (const s of ['http://[a[b]/', 'http://[a]b]/', 'http://[a:b]:80/', 'http://[A]/', 'http://[a\u0000b]/']) {
  try {
    const u = url.parse(s);
    console.log(JSON.stringify(s), u.host, JSON.stringify(u.hostname));
  } catch (e) {
    console.log(JSON.stringify(s), e.code);
  }
}
