'use strict';
// node:querystring: the lenient query-string codec Node has always had
// (unlike URLSearchParams it keeps malformed escapes, nests arrays for
// repeated keys and lets callers pick the separators and codecs).

const { utf8Decode, encodeStr, sets, unescapeBytes, hasValidEscape } = require('internal/url/parser');

function qsEscape(str) {
  if (typeof str !== 'string') {
    if (typeof str === 'symbol') throw new TypeError('Cannot convert a Symbol value to a string');
    if (typeof str === 'object') str = String(str);
    else str += '';
  }
  return encodeStr(str, sets.QUERYSTRING_SET);
}

function unescapeBuffer(s, decodeSpaces) {
  const { Buffer } = require('buffer');
  const out = Buffer.allocUnsafe(s.length);
  const bytes = unescapeBytes(`${s}`, decodeSpaces);
  for (let i = 0; i < bytes.length; i++) out[i] = bytes[i];
  return out.subarray(0, bytes.length);
}

function qsUnescape(s, decodeSpaces) {
  try {
    return decodeURIComponent(s);
  } catch {
    return utf8Decode(unescapeBytes(`${s}`, decodeSpaces));
  }
}

// The value part of a pair: strings as they are, finite numbers, bigints
// and booleans as text, anything else empty.
function stringifyPrimitive(v) {
  switch (typeof v) {
    case 'string': return v;
    case 'number': return Number.isFinite(v) ? `${v}` : '';
    case 'bigint': return `${v}`;
    case 'boolean': return v ? 'true' : 'false';
    default: return '';
  }
}

function stringify(obj, sep, eq, options) {
  sep = sep || '&';
  eq = eq || '=';
  let encode = module.exports.escape;
  if (options && typeof options.encodeURIComponent === 'function') encode = options.encodeURIComponent;
  if (obj === null || typeof obj !== 'object') return '';
  // Built as one string (a parts array and join() cost more than the text).
  let out = '';
  let first = true;
  const keys = Object.keys(obj);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    const value = obj[key];
    const ks = encode(stringifyPrimitive(key)) + eq;
    if (Array.isArray(value)) {
      for (let j = 0; j < value.length; j++) {
        const pair = ks + encode(stringifyPrimitive(value[j]));
        out = first ? pair : out + sep + pair;
        first = false;
      }
    } else {
      const pair = ks + encode(stringifyPrimitive(value));
      out = first ? pair : out + sep + pair;
      first = false;
    }
  }
  return out;
}

function parse(qs, sep, eq, options) {
  // Object.create(null): JSC makes this faster than a __proto__: null literal.
  const obj = Object.create(null);
  if (typeof qs !== 'string' || qs.length === 0) return obj;
  sep = sep ? `${sep}` : '&';
  eq = eq ? `${eq}` : '=';
  let maxKeys = 1000;
  if (options && typeof options.maxKeys === 'number') maxKeys = options.maxKeys;
  const limit = Number.isInteger(maxKeys) && maxKeys > 0 ? maxKeys : Infinity;
  let decode = module.exports.unescape;
  if (options && typeof options.decodeURIComponent === 'function') decode = options.decodeURIComponent;
  const custom = decode !== qsUnescape;
  const decodePart = (text) => {
    if (text === '') return text;
    // indexOf, not includes(): JSC optimises the first much better.
    if (text.indexOf('+') !== -1) text = text.replaceAll('+', ' ');
    // Without a valid escape the default decoder leaves the text alone.
    if (!custom && (text.indexOf('%') === -1 || !hasValidEscape(text))) return text;
    try {
      return decode(text);
    } catch {
      return qsUnescape(text, true);
    }
  };

  let pairs = 0;
  let start = 0;
  while (start <= qs.length && pairs < limit) {
    // A separator that stringifies empty (say []) splits nothing.
    let end = sep === '' ? -1 : qs.indexOf(sep, start);
    if (end === -1) end = qs.length;
    const piece = qs.slice(start, end);
    start = end + sep.length;
    // maxKeys limits the pieces, empty ones included.
    pairs++;
    if (piece === '') {
      if (end === qs.length) break;
      continue;
    }
    const at = piece.indexOf(eq);
    const key = decodePart(at === -1 ? piece : piece.slice(0, at));
    const value = decodePart(at === -1 ? '' : piece.slice(at + eq.length));
    const existing = obj[key];
    if (existing === undefined) obj[key] = value;
    else if (Array.isArray(existing)) existing.push(value);
    else obj[key] = [existing, value];
    if (end === qs.length) break;
  }
  return obj;
}

module.exports = {
  unescapeBuffer,
  unescape: qsUnescape,
  escape: qsEscape,
  stringify,
  encode: stringify,
  parse,
  decode: parse,
};
