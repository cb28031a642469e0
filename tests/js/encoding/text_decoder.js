'use strict';
// TextDecoder: UTF-8 with replacement and fatal mode, BOM handling, UTF-16,
// windows-1252 labels, input types and errors.
const util = require('util');
const { attempt: attemptRaw } = require('../fixtures/attempt');
// Decoded text is shown with its non-ASCII characters escaped.
function attempt(label, fn) {
  attemptRaw(label, () => {
    const r = fn();
    return typeof r === 'string' ? esc(r) : r;
  });
}
function esc(s) {
  return JSON.stringify(s).replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
const dec = new TextDecoder();
console.log('props', dec.encoding, dec.fatal, dec.ignoreBOM, util.TextDecoder === TextDecoder, Object.prototype.toString.call(dec));
attempt('utf8', () => dec.decode(Buffer.from('h\u00e9\u20ac\ud83d\ude00')));
const bad = [
  [0xff], [0xc0, 0xaf], [0xc3], [0xe2, 0x82], [0xe2, 0x82, 0x41], [0xed, 0xa0, 0x80], [0xf0, 0x9f, 0x98],
  [0xf4, 0x90, 0x80, 0x80], [0xf8, 0x88, 0x80, 0x80, 0x80], [0x80], [0xe0, 0x9f, 0x80], [0x41, 0xc3, 0x28, 0x42],
];
for (const b of bad) attempt(`bad ${b.map((x) => x.toString(16)).join(' ')}`, () => dec.decode(new Uint8Array(b)));
const fatal = new TextDecoder('utf-8', { fatal: true });
attempt('fatal ok', () => fatal.decode(Buffer.from('ok \u00e9')));
for (const b of bad) attempt(`fatal ${b.map((x) => x.toString(16)).join(' ')}`, () => fatal.decode(new Uint8Array(b)));
attempt('bom stripped', () => dec.decode(new Uint8Array([0xef, 0xbb, 0xbf, 0x41])));
attempt('only first bom', () => dec.decode(new Uint8Array([0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf])));
attempt('ignoreBOM', () => new TextDecoder('utf8', { ignoreBOM: true }).decode(new Uint8Array([0xef, 0xbb, 0xbf, 0x41])));
attempt('input ArrayBuffer', () => dec.decode(new Uint8Array([104, 105]).buffer));
attempt('input DataView', () => dec.decode(new DataView(new Uint8Array([0, 104, 105]).buffer, 1)));
attempt('input Uint16Array', () => dec.decode(new Uint16Array([0x6968])));
attempt('input subarray', () => dec.decode(Buffer.from('xhiy').subarray(1, 3)));
attempt('no input', () => dec.decode());
attempt('input string', () => dec.decode('abc'));
attempt('input null', () => dec.decode(null));
attempt('input array', () => dec.decode([104]));
attempt('options number', () => dec.decode(new Uint8Array(1), 5));
attempt('big', () => dec.decode(Buffer.alloc(70000, 'a\u00e9')).length);

attempt('utf-16le', () => new TextDecoder('utf-16le').decode(Buffer.from('h\u00e9\u20ac\ud83d\ude00', 'utf16le')));
attempt('utf-16le bom', () => new TextDecoder('utf-16le').decode(new Uint8Array([0xff, 0xfe, 0x41, 0])));
attempt('utf-16le lone', () => new TextDecoder('utf-16le').decode(new Uint8Array([0x00, 0xd8, 0x41, 0, 0x00, 0xdc])));
attempt('utf-16le odd', () => new TextDecoder('utf-16le').decode(new Uint8Array([0x41, 0, 0x42])));
attempt('utf-16le lone + odd', () => new TextDecoder('utf-16le').decode(new Uint8Array([0x00, 0xd8, 0x41])));
attempt('utf-16le fatal lone', () => new TextDecoder('utf-16le', { fatal: true }).decode(new Uint8Array([0x00, 0xd8])));
attempt('utf-16le fatal odd', () => new TextDecoder('utf-16le', { fatal: true }).decode(new Uint8Array([0x41])));
attempt('utf-16be', () => new TextDecoder('utf-16be').decode(new Uint8Array([0, 0x41, 0xd8, 0x3d, 0xde, 0x00])));
attempt('utf-16be bom', () => new TextDecoder('utf-16be').decode(new Uint8Array([0xfe, 0xff, 0, 0x41])));
attempt('windows-1252', () => new TextDecoder('windows-1252').decode(new Uint8Array([0x41, 0x80, 0x81, 0x8d, 0x9f, 0xa0, 0xe9, 0xff])));
attempt('latin1 label', () => new TextDecoder('latin1').decode(new Uint8Array([0x80, 0xe9])));
attempt('ascii label', () => new TextDecoder('ascii').decode(new Uint8Array([0x41, 0x80, 0xff])));

const labels = ['utf-8', 'UTF8', ' utf-8\n', 'unicode-1-1-utf-8', 'utf-16', 'UTF-16LE', 'ucs-2', 'unicode', 'utf-16be', 'latin1',
  'iso-8859-1', 'ISO_8859-1', 'us-ascii', 'ascii', 'cp1252', 'l1', 'windows-1252', 'x-cp1252'];
console.log(labels.map((l) => `${JSON.stringify(l)}=${new TextDecoder(l).encoding}`).join(' '));
attempt('unknown label', () => new TextDecoder('foo'));
attempt('utf-32', () => new TextDecoder('utf-32'));
attempt('options number', () => new TextDecoder('utf-8', 5));
attempt('options null', () => new TextDecoder(undefined, null).encoding);
attempt('brand decode', () => TextDecoder.prototype.decode.call({}, new Uint8Array(1)));
attempt('brand encoding', () => Object.getOwnPropertyDescriptor(TextDecoder.prototype, 'encoding').get.call({}));
console.log(util.inspect(new TextDecoder('utf-16le', { fatal: true })), [new TextDecoder()]);
console.log(Object.keys(TextDecoder.prototype));
for (const ws of ['\u0000', '\u000b', '\u00a0', '\u2028', '\t', '\f']) {
  attempt(`label with ${JSON.stringify(ws)}`, () => new TextDecoder(`${ws}utf-8${ws}`).encoding);
}
