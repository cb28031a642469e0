// Internationalised domain names: mapping, NFC, Punycode, rejected code
// points, and what url.domainToASCII/domainToUnicode give.
const url = require('url');
for (const h of ['m\u00fcnchen.de', 'M\u00dcNCHEN.de', 'caf\u00e9.com', 'cafe\u0301.com', '\u00df.de', '\uff21\uff22.com',
  'a\u3002b', '\u2167', 'a\u00adb', '\ud83d\ude00.com', '\u05d0\u05d1', 'xn--mnchen-3ya.de', 'XN--LS8H', 'xn--a.com']) {
  console.log(JSON.stringify(h), new URL(`http://${h}/`).hostname);
}
for (const h of ['a\u200db', '\u0661.com', '\u05d0a', '\u0301a', 'a\u00a0b', 'a\ufffdb']) {
  try { new URL(`http://${h}/`); console.log('accepted', JSON.stringify(h)); } catch (e) { console.log(e.code); }
}
console.log(url.domainToASCII('espa\u00f1ol.com'), url.domainToASCII('xn--i\u00f1valid.com') === '', url.domainToASCII('1.2.3'));
console.log(url.domainToUnicode('xn--espaol-zwa.com'), url.domainToUnicode('xn--mnchen-3ya.DE'), url.domainToUnicode('[::1]'));
console.log(JSON.stringify(url.domainToUnicode('a b')), url.domainToUnicode('xn--a.com'));
try { url.domainToASCII(); } catch (e) { console.log(e.code, e.message); }
try { url.domainToUnicode(); } catch (e) { console.log(e.code, e.message); }
// domainToASCII reads the name as a special URL's hostname setter would.
for (const d of ['a:80', 'u@h', 'a/b', 'A.COM', 'a b', '\ta', 'a?b', '[::1]:8', 'x\\y', '']) {
  console.log(JSON.stringify(d), JSON.stringify(url.domainToASCII(d)), JSON.stringify(url.domainToUnicode(d)));
}
// A "xn--" label that decodes to another "xn--" label stays encoded.
console.log(url.domainToUnicode('xn--xn--a--gua.pt'), url.domainToUnicode('xn--xn---epa'));
