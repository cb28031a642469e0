// node:punycode: encode/decode/toASCII/toUnicode/ucs2 and errors.
const punycode = require('punycode');
const show = (fn) => {
  try {
    const r = fn();
    console.log(typeof r === 'string' ? JSON.stringify(r) : r);
  } catch (e) {
    console.log(e.name, e.message);
  }
};
console.log(punycode.version, Object.keys(punycode));
show(() => punycode.encode('m\u00fcnchen'));
show(() => punycode.encode('\ud83d\ude00'));
show(() => punycode.encode('\u00e9\ud800x'));
show(() => punycode.decode('mnchen-3ya'));
show(() => punycode.decode('MNCHEN-3YA'));
show(() => punycode.decode('abc-'));
show(() => punycode.decode('-abc'));
show(() => punycode.decode('ab\u00e9-x'));
show(() => punycode.decode('99999999999999'));
show(() => punycode.toASCII('m\u00fcnchen.DE'));
show(() => punycode.toASCII('j\u00f6rg@m\u00fcnchen.de'));
show(() => punycode.toASCII('a\u3002b\uff0ec'));
show(() => punycode.toUnicode('xn--mnchen-3ya.de'));
show(() => punycode.toUnicode('XN--mnchen-3ya.de'));
show(() => punycode.toUnicode('a@xn--Mnchen-3ya.de'));
show(() => punycode.ucs2.decode('\ud83d\ude00a\ud800'));
show(() => punycode.ucs2.encode([0x1f600, 97, 0xd800]));
show(() => punycode.ucs2.encode([0x110000]));
show(() => punycode.ucs2.encode([1.5]));
show(() => punycode.encode(5));
