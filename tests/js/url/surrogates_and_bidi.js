// Surrogates in the legacy encoders (they pair with the next unit, one at
// the end throws), lone surrogates in host names, and the Bidi rule only
// for labels with right-to-left characters.
const url = require('url');
const qs = require('querystring');
const show = (fn) => {
  try {
    console.log(JSON.stringify(fn()));
  } catch (e) {
    console.log(e.name, e.code);
  }
};
show(() => qs.escape('\udc00#'));
show(() => qs.escape('\ud800x\udc00y'));
show(() => qs.escape('a\udc00'));
show(() => url.format({ protocol: 'http:', host: 'h', auth: '\ud800x\udc00y\u00e9:p' }));
show(() => url.format({ protocol: 'http:', host: 'h', auth: 'x\ud800' }));
let all = '';
for (let i = 1; i < 128; i++) all += String.fromCharCode(i);
show(() => url.format({ protocol: 'http:', host: 'h', auth: all }));
for (const h of ['\ud800\ufeff', 'a\ud800b', '\udc00x']) {
  show(() => url.domainToASCII(h));
  show(() => url.parse(`http://${h}/`).hostname);
}
for (const d of ['\u0627.-a', '\u0627.1a', '\u0627.!', '\u0627.a\u05d0', '\u05d0.-\u00e9', '1\u05d0', '\u0661a', 'a.\u0661']) {
  show(() => url.domainToASCII(d));
}
