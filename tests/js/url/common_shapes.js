'use strict';
// Absolute http(s)/ws(s)/ftp URLs in the shapes the parser reads in one pass,
// and near misses that must take the full state machine (dot segments,
// characters to encode, numeric hosts, default and out-of-range ports,
// upper case, credentials, backslashes, whitespace).
const inputs = [
  'https://user:pass@sub.example.com:8080/p/a/t/h?query=string#hash',
  'https://example.com/',
  'https://example.com',
  'HTTP://EXAMPLE.COM:80/x',
  'HtTpS://Example.Com:443/A/B?Q#F',
  'ws://h:80/', 'wss://h:443/', 'wss://h:444/', 'ftp://h:21/', 'ftp://h:2121/f',
  'http://a:/', 'http://a:0080/', 'http://h:65535', 'http://h:65536', 'http://h:1a/',
  'http://1.2.3.4/', 'http://0x7f.1/', 'http://a.b.c.255', 'http://a.b.c.256', 'http://1.2.3.4.5',
  'http://foo.de', 'http://foo.0x', 'http://h.', 'http://h..', 'http://h_x.com/', 'http://a-b.c/',
  'https://m\u00fcnchen.de/', 'http://xn--mnchen-3ya.de/', 'http://ex%41mple.com/',
  'ws://x/./y', 'ws://x/%2e%2E/y', 'http://a/b/..', 'http://a/.x/..y/...',
  'http://u@h', 'http://@h', 'http://u:@h/', 'http://u:p:q@h/', 'http://a@b@c/', 'http://u%20v@h/',
  'http://h?#', 'http://h#?', 'http://h/?q#f#g', 'http://h/?a b', "http://h/?'", 'http://h/#a b', 'http://h/#`',
  'http://h/a b', 'http://h/{x}', 'http://h/\u00e9', 'http://h/%7B', 'http://h\\p', 'http:\\\\h/p',
  'http:/h/p', 'http:h/p', 'http:///h/p', ' http://h/ ', 'http://h/\tp', 'http://[::1]:8080/',
  'http://h:8080?x', 'http://h:8080#x', 'file://h/p', 'foo://h/p', 'http://h/p?q=1&b=2#frag',
];
for (const input of inputs) {
  let u;
  try {
    u = new URL(input);
  } catch (err) {
    console.log(JSON.stringify(input), '->', err.code);
    continue;
  }
  console.log(JSON.stringify(input), '->', u.href, [u.protocol, u.username, u.password, u.hostname, u.port,
    u.pathname, u.search, u.hash].join('|'));
}
// A base does not change how an absolute special URL is read.
console.log(new URL('https://x.org/a?b#c', 'https://base.example/d/e').href);
console.log(new URL('http://x.org/a', 'https://base.example/d/e').href);
console.log(URL.canParse('http://h:99999/'), URL.canParse('https://ok.example/'));
// Non-ASCII hosts, valid and not, parsed more than once give the same answer.
for (let round = 0; round < 2; round++) {
  for (const host of ['m\u00fcnchen.de', 'M\u00dcNCHEN.DE', '\u00e9x.example', 'a\u200db.example', '\u0661.x', 'ab--\u00e9.x']) {
    let out;
    try {
      out = new URL(`https://${host}/p`).host;
    } catch (err) {
      out = err.code;
    }
    console.log(round, JSON.stringify(host), out);
  }
}
// Path-relative and path-absolute references against special bases (read in
// one pass when nothing needs encoding) and the cases that are not.
const bases = ['https://example.com/a/b/c', 'http://u:p@h.example:81/x/y/?q#f', 'https://h/', 'file:///c:/d/e', 'foo://h/a/b'];
const refs = ['../x/y?z', 'x', './x', '.', '..', '../../../../x', '/abs/p', '/', 'a/./b/../c/', 'a/%2e%2E/b', '.%2e/x',
  'x?q#f', 'x#f', 'a b', 'x/{y}', 'x\\y', '//other.host/p', '?q', '#f', 'c:x', 'a1+.-:x', '1:x', 'x:', '~u/./', ''];
for (const b of bases) {
  for (const r of refs) {
    let out;
    try {
      out = new URL(r, b).href;
    } catch (err) {
      out = err.code;
    }
    console.log(JSON.stringify(r), JSON.stringify(b), '->', out);
  }
}
