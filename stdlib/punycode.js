'use strict';
// node:punycode (deprecated, DEP0040): the Punycode.js 2.1.0 API over the
// Punycode core Jolt's URL parser uses (internal/idna).

const idna = require('internal/idna');

process.emitWarning('The `punycode` module is deprecated. Please use a userland alternative instead.',
  'DeprecationWarning', 'DEP0040');

const kSeparators = /[\x2E\u3002\uFF0E\uFF61]/g;
// eslint-disable-next-line no-control-regex
const kNonAscii = /[^\0-\x7F]/;

// Applies `fn` to every label of a domain (an e-mail address keeps its
// local part).
function mapDomain(domain, fn) {
  const at = domain.split('@');
  let prefix = '';
  if (at.length > 1) {
    prefix = at[0] + '@';
    domain = at[1];
  }
  return prefix + domain.replace(kSeparators, '\x2E').split('.').map(fn).join('.');
}

function toASCII(input) {
  return mapDomain(input, (label) => (kNonAscii.test(label) ? 'xn--' + idna.encode(label) : label));
}

function toUnicode(input) {
  return mapDomain(input, (label) => (label.startsWith('xn--') ? idna.decode(label.slice(4).toLowerCase()) : label));
}

// Like Punycode.js, a non-string is read as a string-like object: no
// length means nothing to encode, and it must have charCodeAt.
function encode(input) {
  if (typeof input === 'string') return idna.encode(input);
  if (!(input.length > 0)) return '';
  input.charCodeAt(0);
  return idna.encode(`${input}`);
}

module.exports = {
  version: '2.1.0',
  ucs2: { decode: idna.ucs2decode, encode: idna.ucs2encode },
  decode: (input) => idna.decode(input),
  encode,
  toASCII,
  toUnicode,
};
