// Host parsing: IPv4 in every number form, IPv6 with compression and
// embedded IPv4, percent-decoding, opaque hosts of non-special schemes.
const hosts = ['0x7f.1', '127.0.0.1', '2130706433', '0x7F000001', '0177.0.0.1', '1.2.3', '1.2', '1', '0',
  '1.2.3.4.', '4294967295', '0x', '00x1', 'a.1', 'EXAMPLE%2ecom', '%30', '[::1]', '[0:0:0:0:0:0:0:1]',
  '[1:0:0:2:0:0:0:3]', '[1:0:0:0:2:0:0:3]', '[::ffff:192.168.0.1]', '[1:2:3:4:5:6:7:8]', '[::]', '[1::]',
  '[ABCD::EF]', 'a..b', 'x.', '.'];
const bad = ['1.2.3.4.5', '1.2.3.256', '4294967296', '09', '1.09', 'foo.0x', 'foo.09', '[::1', '[1::2::3]',
  '[::1.2.3]', '[::01.2.3.4]', '[1:2:3:4:5:6:7:8:9]', '[g::]', 'a b', 'a%20b', 'a<b', 'a^b', 'a%25b', 'a|b', '%zz', '1.a', 'a.0x1', 'a.09'];
for (const h of [...hosts, ...bad]) {
  try {
    console.log(h, '->', new URL(`http://${h}/`).host);
  } catch (e) {
    console.log(h, e.code);
  }
}
// Non-special schemes keep opaque hosts (no IPv4, no lower-casing).
for (const h of ['1.2.3', 'EX%41mple', '\u00e9', 'a%zz', '[::2]']) console.log(h, '->', new URL(`sc://${h}/`).host);
for (const h of ['a b', 'a^b', 'a<b']) {
  try { new URL(`sc://${h}/`); } catch (e) { console.log('sc', h, e.code); }
}
