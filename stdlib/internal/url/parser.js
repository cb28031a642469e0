'use strict';
// The WHATWG URL Standard's basic URL parser, host parser and serializer
// (https://url.spec.whatwg.org/), written as the spec's state machine.
//
// A URL record is a plain object:
//   { scheme, username, password, host, port, path, opaque, query, fragment }
// where `host` is the serialized host (null when there is none, '' for the
// empty host), `port` a number or null, `path` an array of segments or, when
// `opaque` is true, a string, and `query`/`fragment` strings or null.

const { domainToASCII } = require('internal/idna');
const { codes } = require('internal/errors');

const kSpecialPorts = { __proto__: null, 'ftp': 21, 'file': null, 'http': 80, 'https': 443, 'ws': 80, 'wss': 443 };

function isSpecialScheme(scheme) {
  switch (scheme) {
    case 'http': case 'https': case 'ws': case 'wss': case 'ftp': case 'file': return true;
    default: return false;
  }
}

function defaultPort(scheme) {
  const port = kSpecialPorts[scheme];
  return port === undefined ? null : port;
}

// ---- percent-encode sets ----------------------------------------------------
// Each set is a 128-entry table for ASCII; everything above 0x7E is always
// encoded.

function makeSet(base, extra) {
  const table = base ? base.slice() : new Uint8Array(128);
  if (!base) {
    for (let i = 0; i < 0x20; i++) table[i] = 1;
    table[0x7f] = 1;
  }
  for (const ch of extra) table[ch.charCodeAt(0)] = 1;
  return table;
}

const C0_CONTROL_SET = makeSet(null, '');
const FRAGMENT_SET = makeSet(C0_CONTROL_SET, ' "<>`');
const QUERY_SET = makeSet(C0_CONTROL_SET, ' "#<>');
const SPECIAL_QUERY_SET = makeSet(QUERY_SET, "'");
const PATH_SET = makeSet(QUERY_SET, '?^`{}');
const USERINFO_SET = makeSet(PATH_SET, '/:;=@[\\]|');
const COMPONENT_SET = makeSet(USERINFO_SET, '$%&+,');
const FORM_SET = makeSet(COMPONENT_SET, "!'()~");
// Node's querystring.escape() keeps only A-Z a-z 0-9 - . _ ~ ! ' ( ) *, and
// its legacy url.format() also ":" in credentials.
const QUERYSTRING_SET = makeSet(C0_CONTROL_SET, ' "#$%&+,/:;<=>?@[\\]^`{|}');
const LEGACY_AUTH_SET = makeSet(C0_CONTROL_SET, ' "#$%&+,/;<=>?@[\\]^`{|}');

const kHex = '0123456789ABCDEF';

function percentByte(b) {
  return '%' + kHex[b >> 4] + kHex[b & 15];
}

// The UTF-8 bytes of a code point (a surrogate counts as U+FFFD).
function utf8Bytes(cp) {
  if (cp < 0x80) return [cp];
  if (cp < 0x800) return [0xc0 | (cp >> 6), 0x80 | (cp & 63)];
  if (cp >= 0xd800 && cp <= 0xdfff) cp = 0xfffd;
  if (cp < 0x10000) return [0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63)];
  return [0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 63), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63)];
}

// UTF-8 percent-encodes one code point (given as a number).
function encodeCodePoint(cp, set) {
  if (cp < 0x80) return set[cp] ? percentByte(cp) : String.fromCharCode(cp);
  let out = '';
  for (const b of utf8Bytes(cp)) out += percentByte(b);
  return out;
}

// UTF-8 percent-encodes a whole string with `set`; `spaceAsPlus` is the
// application/x-www-form-urlencoded serializer's rule.
function percentEncodeString(str, set, spaceAsPlus = false) {
  let out = '';
  let start = 0;
  const length = str.length;
  for (let i = 0; i < length; i++) {
    let cp = str.charCodeAt(i);
    if (cp < 0x80 && !set[cp]) continue;
    if (cp === 0x20 && spaceAsPlus) {
      out += str.slice(start, i) + '+';
      start = i + 1;
      continue;
    }
    out += str.slice(start, i);
    if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < length) {
      const next = str.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        cp = ((cp - 0xd800) << 10) + (next - 0xdc00) + 0x10000;
        i++;
      }
    }
    out += encodeCodePoint(cp, set);
    start = i + 1;
  }
  return start === 0 ? str : out + str.slice(start);
}

// Percent-encodes as Node's querystring does: like encodeURIComponent,
// except that any surrogate pairs with whatever unit follows it (only one
// at the very end throws URIError).
function encodeStr(str, set) {
  let out = '';
  let last = 0;
  const length = str.length;
  for (let i = 0; i < length; i++) {
    let c = str.charCodeAt(i);
    if (c < 0x80 && !set[c]) continue;
    out += str.slice(last, i);
    if (c >= 0xd800 && c <= 0xdfff) {
      if (i + 1 >= length) throw new codes.ERR_INVALID_URI();
      c = 0x10000 + (((c & 0x3ff) << 10) | (str.charCodeAt(++i) & 0x3ff));
    }
    out += encodeCodePoint(c, set);
    last = i + 1;
  }
  if (last === 0) return str;
  return last < length ? out + str.slice(last) : out;
}

function hexValue(c) {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0x41 && c <= 0x46) return c - 0x37;
  if (c >= 0x61 && c <= 0x66) return c - 0x57;
  return -1;
}

// The byte a valid "%XX" at `i` stands for, or -1.
function escapedByteAt(str, i) {
  if (str.charCodeAt(i) !== 0x25 || i + 2 >= str.length) return -1;
  const hi = hexValue(str.charCodeAt(i + 1));
  const lo = hexValue(str.charCodeAt(i + 2));
  return hi >= 0 && lo >= 0 ? hi * 16 + lo : -1;
}

// Percent-decodes `str` (whose code units above 0x7F are UTF-8 encoded
// first) into bytes.
function percentDecodeToBytes(str) {
  const bytes = [];
  for (let i = 0; i < str.length; i++) {
    const escaped = escapedByteAt(str, i);
    if (escaped !== -1) {
      bytes.push(escaped);
      i += 2;
      continue;
    }
    const cp = str.codePointAt(i);
    if (cp > 0xffff) i++;
    bytes.push(...utf8Bytes(cp));
  }
  return bytes;
}

// UTF-8 decode with replacement (the Encoding Standard's decoder, so a
// broken sequence yields one U+FFFD per maximal subpart).
function utf8Decode(bytes) {
  let out = '';
  let i = 0;
  const n = bytes.length;
  while (i < n) {
    const b = bytes[i];
    if (b < 0x80) {
      out += String.fromCharCode(b);
      i++;
      continue;
    }
    let need;
    let cp;
    let lower = 0x80;
    let upper = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      cp = b & 0x1f;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      cp = b & 0xf;
      if (b === 0xe0) lower = 0xa0;
      if (b === 0xed) upper = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      cp = b & 0x7;
      if (b === 0xf0) lower = 0x90;
      if (b === 0xf4) upper = 0x8f;
    } else {
      out += '\uFFFD';
      i++;
      continue;
    }
    i++;
    let ok = true;
    for (let k = 0; k < need; k++) {
      const next = bytes[i];
      if (i >= n || next < lower || next > upper) {
        ok = false;
        break;
      }
      lower = 0x80;
      upper = 0xbf;
      cp = (cp << 6) | (next & 0x3f);
      i++;
    }
    out += ok ? String.fromCodePoint(cp) : '\uFFFD';
  }
  return out;
}

// Percent-decodes into bytes; other code units are kept as their low byte
// and `+` becomes a space when `decodeSpaces` is set.
function unescapeBytes(s, decodeSpaces) {
  const bytes = new Array(s.length);
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x2b && decodeSpaces) {
      bytes[n++] = 0x20;
      continue;
    }
    const escaped = escapedByteAt(s, i);
    if (escaped !== -1) {
      bytes[n++] = escaped;
      i += 2;
      continue;
    }
    bytes[n++] = c & 0xff;
  }
  bytes.length = n;
  return bytes;
}

const kValidEscape = /%[0-9a-fA-F]{2}/;
function hasValidEscape(str) {
  return kValidEscape.test(str);
}

// How Node decodes query components (querystring, URLSearchParams): text
// without a valid escape as it is, then decodeURIComponent, and when that
// throws, bytes from unescapeBytes() read as UTF-8.
function decodeQueryComponent(str) {
  if (!hasValidEscape(str)) return str;
  try {
    return decodeURIComponent(str);
  } catch {
    return utf8Decode(unescapeBytes(str, false));
  }
}

function percentDecodeString(str) {
  if (!str.includes('%')) return str;
  return utf8Decode(percentDecodeToBytes(str));
}

// ---- hosts --------------------------------------------------------------------

// eslint-disable-next-line no-control-regex
const kForbiddenHost = /[\x00\t\n\r #/:<>?@[\\\]^|]/;
// eslint-disable-next-line no-control-regex
const kForbiddenDomain = /[\x00-\x20#%/:<>?@[\\\]^|\x7f]/;

// IPv4 number parser: a number, or -1 on failure.
function parseIPv4Number(part) {
  if (part === '') return -1;
  let radix = 10;
  if (part.length >= 2 && part[0] === '0' && (part[1] === 'x' || part[1] === 'X')) {
    part = part.slice(2);
    radix = 16;
  } else if (part.length >= 2 && part[0] === '0') {
    part = part.slice(1);
    radix = 8;
  }
  if (part === '') return 0;
  const valid = radix === 16 ? /^[0-9a-fA-F]+$/ : radix === 10 ? /^[0-9]+$/ : /^[0-7]+$/;
  if (!valid.test(part)) return -1;
  return parseInt(part, radix);
}

function endsInANumber(input) {
  let end = input.length;
  if (end > 1 && input.charCodeAt(end - 1) === 0x2e) end--;
  const last = input.slice(input.lastIndexOf('.', end - 1) + 1, end);
  // Most names end in letters other than a-f and x: no number.
  const c = last.charCodeAt(last.length - 1);
  if (!isDigitCode(c) && hexValue(c) === -1 && c !== 0x78 && c !== 0x58) return false;
  if (last !== '' && /^[0-9]+$/.test(last)) return true;
  return parseIPv4Number(last) !== -1;
}

// Returns the serialized address or null.
function parseIPv4(input) {
  const parts = input.split('.');
  if (parts[parts.length - 1] === '' && parts.length > 1) parts.pop();
  if (parts.length > 4) return null;
  const numbers = [];
  for (const part of parts) {
    const n = parseIPv4Number(part);
    if (n === -1) return null;
    numbers.push(n);
  }
  for (let i = 0; i < numbers.length - 1; i++) if (numbers[i] > 255) return null;
  const last = numbers[numbers.length - 1];
  if (last >= 256 ** (5 - numbers.length)) return null;
  let ipv4 = last;
  for (let i = 0; i < numbers.length - 1; i++) ipv4 += numbers[i] * 256 ** (3 - i);
  const out = [];
  for (let i = 0; i < 4; i++) {
    out.unshift(String(ipv4 % 256));
    ipv4 = Math.floor(ipv4 / 256);
  }
  return out.join('.');
}

function isHexCode(c) {
  return hexValue(c) >= 0;
}

function isDigitCode(c) {
  return c >= 0x30 && c <= 0x39;
}

// Returns the eight pieces or null.
function parseIPv6(input) {
  const address = [0, 0, 0, 0, 0, 0, 0, 0];
  let pieceIndex = 0;
  let compress = null;
  let p = 0;
  const n = input.length;
  const at = (i) => (i < n ? input.charCodeAt(i) : -1);
  if (at(p) === 0x3a) {
    if (at(p + 1) !== 0x3a) return null;
    p += 2;
    compress = ++pieceIndex;
  }
  while (at(p) !== -1) {
    if (pieceIndex === 8) return null;
    if (at(p) === 0x3a) {
      if (compress !== null) return null;
      p++;
      compress = ++pieceIndex;
      continue;
    }
    let value = 0;
    let length = 0;
    while (length < 4 && isHexCode(at(p))) {
      value = value * 16 + hexValue(at(p));
      p++;
      length++;
    }
    if (at(p) === 0x2e) {
      if (length === 0) return null;
      p -= length;
      if (pieceIndex > 6) return null;
      let numbersSeen = 0;
      while (at(p) !== -1) {
        let piece = null;
        if (numbersSeen > 0) {
          if (at(p) === 0x2e && numbersSeen < 4) p++;
          else return null;
        }
        if (!isDigitCode(at(p))) return null;
        while (isDigitCode(at(p))) {
          const number = at(p) - 0x30;
          if (piece === null) piece = number;
          else if (piece === 0) return null;
          else piece = piece * 10 + number;
          if (piece > 255) return null;
          p++;
        }
        address[pieceIndex] = address[pieceIndex] * 0x100 + piece;
        numbersSeen++;
        if (numbersSeen === 2 || numbersSeen === 4) pieceIndex++;
      }
      if (numbersSeen !== 4) return null;
      break;
    } else if (at(p) === 0x3a) {
      p++;
      if (at(p) === -1) return null;
    } else if (at(p) !== -1) {
      return null;
    }
    address[pieceIndex++] = value;
  }
  if (compress !== null) {
    let swaps = pieceIndex - compress;
    pieceIndex = 7;
    while (pieceIndex !== 0 && swaps > 0) {
      const tmp = address[pieceIndex];
      address[pieceIndex] = address[compress + swaps - 1];
      address[compress + swaps - 1] = tmp;
      pieceIndex--;
      swaps--;
    }
  } else if (pieceIndex !== 8) {
    return null;
  }
  return address;
}

function serializeIPv6(address) {
  // The first longest run of two or more zero pieces is compressed.
  let bestStart = -1;
  let bestLength = 1;
  for (let i = 0; i < 8;) {
    if (address[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && address[j] === 0) j++;
    if (j - i > bestLength) {
      bestStart = i;
      bestLength = j - i;
    }
    i = j;
  }
  let out = '';
  let ignore0 = false;
  for (let i = 0; i < 8; i++) {
    if (ignore0 && address[i] === 0) continue;
    ignore0 = false;
    if (bestStart === i) {
      out += i === 0 ? '::' : ':';
      ignore0 = true;
      continue;
    }
    out += address[i].toString(16);
    if (i !== 7) out += ':';
  }
  return out;
}

// domainToASCII() with the results for non-ASCII domains remembered: those
// take the whole UTS #46 processing (normalization, label checks, Punycode),
// whose result depends on the input alone, and a program tends to parse URLs
// of the same few hosts over and over. The map is emptied when full.
const kNonAsciiUnit = /[^\x00-\x7f]/;
const kHostCacheSize = 128;
let hostCache;
function hostToASCII(domain) {
  if (!kNonAsciiUnit.test(domain)) return domainToASCII(domain);
  if (hostCache === undefined) hostCache = new Map();
  let ascii = hostCache.get(domain);
  if (ascii === undefined) {
    ascii = domainToASCII(domain);
    if (hostCache.size >= kHostCacheSize) hostCache.clear();
    hostCache.set(domain, ascii);
  }
  return ascii;
}

// The host parser: the serialized host, or null on failure.
function parseHost(input, isOpaque) {
  if (input[0] === '[') {
    if (input[input.length - 1] !== ']') return null;
    const address = parseIPv6(input.slice(1, -1));
    return address === null ? null : `[${serializeIPv6(address)}]`;
  }
  if (isOpaque) {
    if (kForbiddenHost.test(input)) return null;
    return percentEncodeString(input, C0_CONTROL_SET);
  }
  const domain = percentDecodeString(input);
  const ascii = hostToASCII(domain);
  if (ascii === null || ascii === '') return null;
  if (kForbiddenDomain.test(ascii)) return null;
  if (endsInANumber(ascii)) return parseIPv4(ascii);
  return ascii;
}

// ---- the basic URL parser ------------------------------------------------------

const SCHEME_START = 1;
const SCHEME = 2;
const NO_SCHEME = 3;
const SPECIAL_RELATIVE_OR_AUTHORITY = 4;
const PATH_OR_AUTHORITY = 5;
const RELATIVE = 6;
const RELATIVE_SLASH = 7;
const SPECIAL_AUTHORITY_SLASHES = 8;
const SPECIAL_AUTHORITY_IGNORE_SLASHES = 9;
const AUTHORITY = 10;
const HOST = 11;
const HOSTNAME = 12;
const PORT = 13;
const FILE = 14;
const FILE_SLASH = 15;
const FILE_HOST = 16;
const PATH_START = 17;
const PATH = 18;
const OPAQUE_PATH = 19;
const QUERY = 20;
const FRAGMENT = 21;

const EOF = -1;

function newRecord() {
  return {
    scheme: '', username: '', password: '', host: null, port: null,
    path: [], opaque: false, query: null, fragment: null,
  };
}

function cloneRecord(r) {
  return { ...r, path: r.opaque ? r.path : r.path.slice() };
}

function isAsciiAlpha(c) {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

// "c:" or "c|" (normalized: "c:" only).
function isWindowsDriveLetter(str, normalizedOnly = false) {
  if (str.length !== 2 || !isAsciiAlpha(str.charCodeAt(0))) return false;
  return str[1] === ':' || (!normalizedOnly && str[1] === '|');
}

// Whether the input from index `i` on starts with a Windows drive letter.
function startsWithDriveLetter(input, i) {
  if (input.length - i < 2) return false;
  const second = input.charCodeAt(i + 1);
  if (!isAsciiAlpha(input.charCodeAt(i)) || (second !== 0x3a && second !== 0x7c)) return false;
  if (input.length - i === 2) return true;
  const c = input.charCodeAt(i + 2);
  return c === 0x2f || c === 0x5c || c === 0x3f || c === 0x23;
}

// EOF, "/", "?", "#", or "\\" in a special URL: the end of the authority.
function endsAuthority(c, special) {
  return c === EOF || c === 0x2f || c === 0x3f || c === 0x23 || (special && c === 0x5c);
}

function copyAuthority(url, base) {
  url.username = base.username;
  url.password = base.password;
  url.host = base.host;
  url.port = base.port;
}

// At "?" or "#": starts the query or fragment and returns the next state,
// or 0 for any other code point.
function enterQueryOrFragment(url, c) {
  if (c === 0x3f) {
    url.query = '';
    return QUERY;
  }
  if (c === 0x23) {
    url.fragment = '';
    return FRAGMENT;
  }
  return 0;
}

function shortenPath(url) {
  const path = url.path;
  if (url.scheme === 'file' && path.length === 1 && isWindowsDriveLetter(path[0], true)) return;
  path.pop();
}

function includesCredentials(url) {
  return url.username !== '' || url.password !== '';
}

// Both are asked about every path segment: the length and first unit rule
// out nearly all of them before a lower-cased copy is made.
function isSingleDot(s) {
  if (s === '.') return true;
  return s.length === 3 && s.charCodeAt(0) === 0x25 && s.toLowerCase() === '%2e';
}

function isDoubleDot(s) {
  const n = s.length;
  if (n === 2) return s === '..';
  if (n !== 4 && n !== 6) return false;
  const first = s.charCodeAt(0);
  if (first !== 0x2e && first !== 0x25) return false;
  switch (s.toLowerCase()) {
    case '.%2e': case '%2e.': case '%2e%2e': return true;
    default: return false;
  }
}

// eslint-disable-next-line no-control-regex
const kTrimC0 = /^[\x00-\x20]+|[\x00-\x20]+$/g;
const kHasTabNewline = /[\t\n\r]/;
const kTabNewline = /[\t\n\r]/g;

function isAsciiAlphanumeric(c) {
  return isAsciiAlpha(c) || isDigitCode(c);
}

// ---- the common case in one pass ----------------------------------------------
// Most inputs are absolute http(s)/ws(s)/ftp URLs whose parts need no
// percent-encoding: scheme://[user[:pass]@]host[:port][/path][?query][#frag].
// fastParse() reads such an input in one pass and builds the record the state
// machine below would build (fastRelative() does the same for path-relative
// references against such a base); for anything else (other schemes,
// backslashes, characters to encode, IPv6 hosts, spaces, controls, tabs and
// newlines anywhere) they give null and the caller runs the full parser.
// They also give null for every input the full parser rejects, so failures
// are always reported by the full parser.

// True if no code unit in input[from, to) is percent-encoded by `set`.
function needsNoEncoding(input, from, to, set) {
  for (let i = from; i < to; i++) {
    const c = input.charCodeAt(i);
    if (c >= 0x7f || set[c]) return false;
  }
  return true;
}

// A host of letters, digits, "-", "." and "_" only: the host parser would
// just lower-case it (unless it ends in a number: IPv4, left to it).
// Returns the host, or null to use parseHost().
function simpleHost(input, from, to) {
  let upper = false;
  for (let i = from; i < to; i++) {
    const c = input.charCodeAt(i);
    if ((c >= 0x61 && c <= 0x7a) || isDigitCode(c) || c === 0x2d || c === 0x2e || c === 0x5f) continue;
    if (c >= 0x41 && c <= 0x5a) {
      upper = true;
      continue;
    }
    return null;
  }
  const host = upper ? input.slice(from, to).toLowerCase() : input.slice(from, to);
  // A last label that ends in a letter past "f" (other than "x") is no number.
  let last = host.charCodeAt(host.length - 1);
  if (last === 0x2e) last = host.charCodeAt(host.length - 2);
  if (last >= 0x67 && last <= 0x7a && last !== 0x78) return host;
  return endsInANumber(host) ? null : host;
}

// The special scheme other than "file" that the letters input[0, p) spell in
// any case, as a constant string (no slice to lower-case), or null.
function specialSchemeOf(input, p) {
  const c0 = input.charCodeAt(0) | 0x20;
  const c1 = input.charCodeAt(1) | 0x20;
  const c2 = input.charCodeAt(2) | 0x20;
  switch (p) {
    case 2: return c0 === 0x77 && c1 === 0x73 ? 'ws' : null;
    case 3:
      if (c0 === 0x77 && c1 === 0x73 && c2 === 0x73) return 'wss';
      return c0 === 0x66 && c1 === 0x74 && c2 === 0x70 ? 'ftp' : null;
    case 4:
    case 5: {
      if (c0 !== 0x68 || c1 !== 0x74 || c2 !== 0x74 || (input.charCodeAt(3) | 0x20) !== 0x70) return null;
      if (p === 4) return 'http';
      return (input.charCodeAt(4) | 0x20) === 0x73 ? 'https' : null;
    }
    default: return null;
  }
}

function fastParse(input) {
  const length = input.length;
  let p = 0;
  while (p < length && isAsciiAlpha(input.charCodeAt(p))) p++;
  if (input.charCodeAt(p) !== 0x3a) return null;
  const scheme = specialSchemeOf(input, p);
  if (scheme === null) return null;
  if (input.charCodeAt(p + 1) !== 0x2f || input.charCodeAt(p + 2) !== 0x2f) return null;

  // The authority runs to the first "/", "?" or "#".
  const authStart = p + 3;
  let authEnd = authStart;
  let at = -1;
  for (; authEnd < length; authEnd++) {
    const c = input.charCodeAt(authEnd);
    if (c === 0x2f || c === 0x3f || c === 0x23) break;
    if (c === 0x40) {
      if (at !== -1) return null;
      at = authEnd;
    } else if (c <= 0x20 || c === 0x5b || c === 0x5c || c === 0x7f) {
      return null;
    }
  }

  let username = '';
  let password = '';
  let hostStart = authStart;
  if (at !== -1) {
    if (at === authStart) return null;
    let colon = input.indexOf(':', authStart);
    if (colon === -1 || colon > at) colon = at;
    if (!needsNoEncoding(input, authStart, colon, USERINFO_SET)) return null;
    username = input.slice(authStart, colon);
    if (colon < at) {
      if (!needsNoEncoding(input, colon + 1, at, USERINFO_SET)) return null;
      password = input.slice(colon + 1, at);
    }
    hostStart = at + 1;
  }

  let hostEnd = authEnd;
  let port = null;
  const colon = input.indexOf(':', hostStart);
  if (colon !== -1 && colon < authEnd) {
    hostEnd = colon;
    let n = 0;
    for (let i = colon + 1; i < authEnd; i++) {
      const c = input.charCodeAt(i);
      if (!isDigitCode(c)) return null;
      n = n * 10 + (c - 0x30);
    }
    if (n > 65535) return null;
    if (colon + 1 < authEnd && n !== kSpecialPorts[scheme]) port = n;
  }
  if (hostEnd === hostStart) return null;
  let host = simpleHost(input, hostStart, hostEnd);
  if (host === null) {
    host = parseHost(input.slice(hostStart, hostEnd), false);
    if (host === null) return null;
  }

  p = authEnd;
  const inPath = input.charCodeAt(p) === 0x2f;
  return finishFast(input, inPath ? p + 1 : p, inPath, scheme, username, password, host, port, []);
}

// The path (from p when inPath; otherwise there is none and the path is
// [""]), query and fragment of a fast-path input, read as the full parser's
// path, query and fragment states would (dot segments included); returns
// the record, or null to use the full parser. `path` holds the segments
// before p. The scheme is special and not "file".
function finishFast(input, p, inPath, scheme, username, password, host, port, path) {
  const length = input.length;
  if (inPath) {
    let segStart = p;
    for (let i = segStart; ; i++) {
      const c = i < length ? input.charCodeAt(i) : EOF;
      if (c === 0x2f || c === 0x3f || c === 0x23 || c === EOF) {
        const first = input.charCodeAt(segStart);
        const segment = input.slice(segStart, i);
        if (i > segStart && (first === 0x2e || first === 0x25) && isDoubleDot(segment)) {
          path.pop();
          if (c !== 0x2f) path.push('');
        } else if (i > segStart && (first === 0x2e || first === 0x25) && isSingleDot(segment)) {
          if (c !== 0x2f) path.push('');
        } else {
          path.push(segment);
        }
        if (c !== 0x2f) {
          p = i;
          break;
        }
        segStart = i + 1;
      } else if (c >= 0x7f || PATH_SET[c] || c === 0x5c) {
        return null;
      }
    }
  } else {
    path.push('');
  }

  let query = null;
  if (input.charCodeAt(p) === 0x3f) {
    let end = input.indexOf('#', p + 1);
    if (end === -1) end = length;
    if (!needsNoEncoding(input, p + 1, end, SPECIAL_QUERY_SET)) return null;
    query = input.slice(p + 1, end);
    p = end;
  }
  let fragment = null;
  if (p < length) {
    if (!needsNoEncoding(input, p + 1, length, FRAGMENT_SET)) return null;
    fragment = input.slice(p + 1);
  }

  // The fields in newRecord()'s order: records share one shape.
  return { scheme, username, password, host, port, path, opaque: false, query, fragment };
}

// A path-relative or path-absolute reference ("../x?y", "/a/b") against a
// special, non-file base: the base's authority, its path merged with the
// input's, the input's query and fragment. null to use the full parser.
function fastRelative(input, base) {
  if (base.opaque || base.host === null || base.scheme === 'file' || !isSpecialScheme(base.scheme)) return null;
  const length = input.length;
  if (length === 0) return null;
  const c0 = input.charCodeAt(0);
  let path;
  let start = 0;
  if (c0 === 0x2f) {
    const c1 = input.charCodeAt(1);
    if (c1 === 0x2f || c1 === 0x5c) return null;
    path = [];
    start = 1;
  } else {
    if (c0 === 0x3f || c0 === 0x23) return null;
    if (isAsciiAlpha(c0)) {
      // "name:" would be a scheme.
      let i = 1;
      while (i < length) {
        const c = input.charCodeAt(i);
        if (!isAsciiAlphanumeric(c) && c !== 0x2b && c !== 0x2d && c !== 0x2e) break;
        i++;
      }
      if (input.charCodeAt(i) === 0x3a) return null;
    }
    path = base.path.slice();
    path.pop();
  }
  return finishFast(input, start, true, base.scheme, base.username, base.password, base.host, base.port, path);
}

// The parser walks UTF-16 code units: every character with a meaning in URL
// syntax is ASCII, and the runs a state collects are sliced from the input
// (a buffer is `input.slice(bufStart, p)`, empty while bufStart is -1) and
// percent-encoded as a whole, surrogate pairs included.
//
// Returns the URL record (`url` itself when given) or null on failure. With
// a state override, returns undefined where the spec "returns".
function basicParse(input, base, url, stateOverride) {
  // The fast paths are tried here, outside the (large) state machine
  // function: a call that takes them never enters it.
  if ((url === undefined || url === null) && !stateOverride) {
    let parsed = fastParse(input);
    if (parsed === null && base) parsed = fastRelative(input, base);
    if (parsed !== null) return parsed;
  }
  return runStateMachine(input, base, url, stateOverride);
}

function runStateMachine(input, base, url, stateOverride) {
  if (url === undefined || url === null) {
    url = newRecord();
    if (input.length > 0 && (input.charCodeAt(0) <= 0x20 || input.charCodeAt(input.length - 1) <= 0x20)) {
      input = input.replace(kTrimC0, '');
    }
  }
  if (kHasTabNewline.test(input)) input = input.replace(kTabNewline, '');
  const length = input.length;
  let state = stateOverride || SCHEME_START;
  let bufStart = -1;
  let atSignSeen = false;
  let insideBrackets = false;
  let passwordTokenSeen = false;
  let special = isSpecialScheme(url.scheme);

  for (let p = 0; ; p++) {
    const c = p < length ? input.charCodeAt(p) : EOF;
    switch (state) {
      case SCHEME_START:
        if (isAsciiAlpha(c)) {
          bufStart = p;
          state = SCHEME;
        } else if (!stateOverride) {
          state = NO_SCHEME;
          p--;
        } else {
          return null;
        }
        break;

      case SCHEME:
        if (isAsciiAlphanumeric(c) || c === 0x2b || c === 0x2d || c === 0x2e) {
          break;
        } else if (c === 0x3a) {
          const buffer = input.slice(bufStart, p).toLowerCase();
          bufStart = -1;
          if (stateOverride) {
            if (special !== isSpecialScheme(buffer)) return undefined;
            if ((includesCredentials(url) || url.port !== null) && buffer === 'file') return undefined;
            if (url.scheme === 'file' && url.host === '') return undefined;
          }
          url.scheme = buffer;
          special = isSpecialScheme(buffer);
          if (stateOverride) {
            if (url.port === defaultPort(url.scheme)) url.port = null;
            return undefined;
          }
          if (url.scheme === 'file') {
            state = FILE;
          } else if (special && base && base.scheme === url.scheme) {
            state = SPECIAL_RELATIVE_OR_AUTHORITY;
          } else if (special) {
            state = SPECIAL_AUTHORITY_SLASHES;
          } else if (input.charCodeAt(p + 1) === 0x2f) {
            state = PATH_OR_AUTHORITY;
            p++;
          } else {
            url.path = '';
            url.opaque = true;
            state = OPAQUE_PATH;
          }
        } else if (!stateOverride) {
          bufStart = -1;
          state = NO_SCHEME;
          p = -1;
        } else {
          return null;
        }
        break;

      case NO_SCHEME:
        if (!base || (base.opaque && c !== 0x23)) return null;
        if (base.opaque && c === 0x23) {
          url.scheme = base.scheme;
          special = isSpecialScheme(url.scheme);
          url.path = base.path;
          url.opaque = true;
          url.query = base.query;
          url.fragment = '';
          state = FRAGMENT;
        } else if (base.scheme !== 'file') {
          state = RELATIVE;
          p--;
        } else {
          state = FILE;
          p--;
        }
        break;

      case SPECIAL_RELATIVE_OR_AUTHORITY:
        if (c === 0x2f && input.charCodeAt(p + 1) === 0x2f) {
          state = SPECIAL_AUTHORITY_IGNORE_SLASHES;
          p++;
        } else {
          state = RELATIVE;
          p--;
        }
        break;

      case PATH_OR_AUTHORITY:
        if (c === 0x2f) {
          state = AUTHORITY;
        } else {
          state = PATH;
          p--;
        }
        break;

      case RELATIVE:
        url.scheme = base.scheme;
        special = isSpecialScheme(url.scheme);
        if (c === 0x2f || (special && c === 0x5c)) {
          state = RELATIVE_SLASH;
        } else {
          copyAuthority(url, base);
          url.path = base.path.slice();
          url.query = base.query;
          const next = enterQueryOrFragment(url, c);
          if (next !== 0) {
            state = next;
          } else if (c !== EOF) {
            url.query = null;
            shortenPath(url);
            state = PATH;
            p--;
          }
        }
        break;

      case RELATIVE_SLASH:
        if (special && (c === 0x2f || c === 0x5c)) {
          state = SPECIAL_AUTHORITY_IGNORE_SLASHES;
        } else if (c === 0x2f) {
          state = AUTHORITY;
        } else {
          copyAuthority(url, base);
          state = PATH;
          p--;
        }
        break;

      case SPECIAL_AUTHORITY_SLASHES:
        state = SPECIAL_AUTHORITY_IGNORE_SLASHES;
        if (c === 0x2f && input.charCodeAt(p + 1) === 0x2f) p++;
        else p--;
        break;

      case SPECIAL_AUTHORITY_IGNORE_SLASHES:
        if (c !== 0x2f && c !== 0x5c) {
          state = AUTHORITY;
          p--;
        }
        break;

      case AUTHORITY:
        if (c === 0x40) {
          let buffer = bufStart === -1 ? '' : input.slice(bufStart, p);
          bufStart = -1;
          if (atSignSeen) buffer = '%40' + buffer;
          atSignSeen = true;
          let i = 0;
          if (!passwordTokenSeen) {
            const colon = buffer.indexOf(':');
            url.username += percentEncodeString(colon === -1 ? buffer : buffer.slice(0, colon), USERINFO_SET);
            if (colon === -1) break;
            passwordTokenSeen = true;
            i = colon + 1;
          }
          url.password += percentEncodeString(buffer.slice(i), USERINFO_SET);
        } else if (endsAuthority(c, special)) {
          if (atSignSeen && bufStart === -1) return null;
          // Back to where the buffer began: it is the host.
          p = (bufStart === -1 ? p : bufStart) - 1;
          bufStart = -1;
          state = HOST;
        } else if (bufStart === -1) {
          bufStart = p;
        }
        break;

      case HOST:
      case HOSTNAME:
        if (stateOverride && url.scheme === 'file') {
          p--;
          state = FILE_HOST;
        } else if (c === 0x3a && !insideBrackets) {
          if (bufStart === -1) return null;
          if (stateOverride === HOSTNAME) return undefined;
          const host = parseHost(input.slice(bufStart, p), !special);
          if (host === null) return null;
          url.host = host;
          bufStart = -1;
          state = PORT;
        } else if (endsAuthority(c, special)) {
          const buffer = bufStart === -1 ? '' : input.slice(bufStart, p);
          p--;
          if (special && buffer === '') return null;
          if (stateOverride && buffer === '' && (includesCredentials(url) || url.port !== null)) return undefined;
          const host = parseHost(buffer, !special);
          if (host === null) return null;
          url.host = host;
          bufStart = -1;
          state = PATH_START;
          if (stateOverride) return undefined;
        } else {
          if (c === 0x5b) insideBrackets = true;
          if (c === 0x5d) insideBrackets = false;
          if (bufStart === -1) bufStart = p;
        }
        break;

      case PORT:
        if (isDigitCode(c)) {
          if (bufStart === -1) bufStart = p;
        } else if (endsAuthority(c, special) || stateOverride) {
          if (bufStart !== -1) {
            const port = parseInt(input.slice(bufStart, p), 10);
            if (port > 65535) return null;
            url.port = port === defaultPort(url.scheme) ? null : port;
            bufStart = -1;
          }
          if (stateOverride) return undefined;
          state = PATH_START;
          p--;
        } else {
          return null;
        }
        break;

      case FILE:
        url.scheme = 'file';
        special = true;
        url.host = '';
        if (c === 0x2f || c === 0x5c) {
          state = FILE_SLASH;
        } else if (base && base.scheme === 'file') {
          url.host = base.host;
          url.path = base.path.slice();
          url.query = base.query;
          const next = enterQueryOrFragment(url, c);
          if (next !== 0) {
            state = next;
          } else if (c !== EOF) {
            url.query = null;
            if (!startsWithDriveLetter(input, p)) shortenPath(url);
            else url.path = [];
            state = PATH;
            p--;
          }
        } else {
          state = PATH;
          p--;
        }
        break;

      case FILE_SLASH:
        if (c === 0x2f || c === 0x5c) {
          state = FILE_HOST;
        } else {
          if (base && base.scheme === 'file') {
            url.host = base.host;
            if (!startsWithDriveLetter(input, p) && base.path.length > 0 && isWindowsDriveLetter(base.path[0], true)) {
              url.path.push(base.path[0]);
            }
          }
          state = PATH;
          p--;
        }
        break;

      case FILE_HOST:
        if (c === EOF || c === 0x2f || c === 0x5c || c === 0x3f || c === 0x23) {
          const buffer = bufStart === -1 ? '' : input.slice(bufStart, p);
          p--;
          if (!stateOverride && isWindowsDriveLetter(buffer)) {
            // The buffer is kept: the path state takes it as the first segment.
            state = PATH;
          } else if (buffer === '') {
            url.host = '';
            if (stateOverride) return undefined;
            state = PATH_START;
          } else {
            let host = parseHost(buffer, !special);
            if (host === null) return null;
            if (host === 'localhost') host = '';
            url.host = host;
            if (stateOverride) return undefined;
            bufStart = -1;
            state = PATH_START;
          }
        } else if (bufStart === -1) {
          bufStart = p;
        }
        break;

      case PATH_START:
        if (special) {
          state = PATH;
          if (c !== 0x2f && c !== 0x5c) p--;
        } else if (!stateOverride && (c === 0x3f || c === 0x23)) {
          state = enterQueryOrFragment(url, c);
        } else if (c !== EOF) {
          state = PATH;
          if (c !== 0x2f) p--;
        } else if (stateOverride && url.host === null) {
          url.path.push('');
        }
        break;

      case PATH:
        if (c === EOF || c === 0x2f || (special && c === 0x5c) || (!stateOverride && (c === 0x3f || c === 0x23))) {
          const slash = c === 0x2f || (special && c === 0x5c);
          let buffer = bufStart === -1 ? '' : percentEncodeString(input.slice(bufStart, p), PATH_SET);
          bufStart = -1;
          if (isDoubleDot(buffer)) {
            shortenPath(url);
            if (!slash) url.path.push('');
          } else if (isSingleDot(buffer)) {
            if (!slash) url.path.push('');
          } else {
            if (url.scheme === 'file' && url.path.length === 0 && isWindowsDriveLetter(buffer)) {
              buffer = buffer[0] + ':';
            }
            url.path.push(buffer);
          }
          state = enterQueryOrFragment(url, c) || state;
        } else {
          if (bufStart === -1) bufStart = p;
          // Skip to the end of the segment.
          while (p + 1 < length) {
            const d = input.charCodeAt(p + 1);
            if (d === 0x2f || (special && d === 0x5c) || (!stateOverride && (d === 0x3f || d === 0x23))) break;
            p++;
          }
        }
        break;

      case OPAQUE_PATH:
        if (c === 0x3f || c === 0x23) {
          state = enterQueryOrFragment(url, c);
        } else if (c === 0x20) {
          const next = input.charCodeAt(p + 1);
          url.path += next === 0x3f || next === 0x23 ? '%20' : ' ';
        } else if (c !== EOF) {
          let end = p + 1;
          while (end < length) {
            const d = input.charCodeAt(end);
            if (d === 0x3f || d === 0x23 || d === 0x20) break;
            end++;
          }
          url.path += percentEncodeString(input.slice(p, end), C0_CONTROL_SET);
          p = end - 1;
        }
        break;

      case QUERY:
        if ((!stateOverride && c === 0x23) || c === EOF) {
          if (bufStart !== -1) {
            url.query += percentEncodeString(input.slice(bufStart, p), special ? SPECIAL_QUERY_SET : QUERY_SET);
            bufStart = -1;
          }
          state = enterQueryOrFragment(url, c) || state;
        } else {
          bufStart = p;
          let end = stateOverride ? -1 : input.indexOf('#', p);
          if (end === -1) end = length;
          p = end - 1;
        }
        break;

      case FRAGMENT:
        if (c !== EOF) {
          url.fragment += percentEncodeString(input.slice(p), FRAGMENT_SET);
          p = length - 1;
        }
        break;
    }
    // A state that stepped back at EOF sees EOF once more.
    if (c === EOF && p >= length) break;
  }
  return stateOverride ? undefined : url;
}

// ---- serializing ------------------------------------------------------------------

function serializePath(url) {
  if (url.opaque) return url.path;
  let out = '';
  for (const segment of url.path) out += '/' + segment;
  return out;
}

function serializeURL(url, excludeFragment = false) {
  let out = url.scheme + ':';
  if (url.host !== null) {
    out += '//';
    if (includesCredentials(url)) {
      out += url.username;
      if (url.password !== '') out += ':' + url.password;
      out += '@';
    }
    out += url.host;
    if (url.port !== null) out += ':' + url.port;
  }
  if (url.host === null && !url.opaque && url.path.length > 1 && url.path[0] === '') out += '/.';
  out += serializePath(url);
  if (url.query !== null) out += '?' + url.query;
  if (!excludeFragment && url.fragment !== null) out += '#' + url.fragment;
  return out;
}

function serializeOrigin(url) {
  switch (url.scheme) {
    case 'blob': {
      const inner = url.opaque ? basicParse(url.path, null) : null;
      if (inner && (inner.scheme === 'http' || inner.scheme === 'https')) return serializeOrigin(inner);
      return 'null';
    }
    case 'ftp': case 'http': case 'https': case 'ws': case 'wss':
      return `${url.scheme}://${url.host}${url.port === null ? '' : ':' + url.port}`;
    default:
      return 'null';
  }
}

module.exports = {
  states: { SCHEME_START, HOST, HOSTNAME, PORT, PATH_START, QUERY, FRAGMENT },
  basicParse,
  newRecord,
  cloneRecord,
  serializeURL,
  serializePath,
  serializeOrigin,
  parseHost,
  isSpecialScheme,
  percentEncodeString,
  percentDecodeString,
  percentDecodeToBytes,
  utf8Decode,
  encodeCodePoint,
  hexValue,
  unescapeBytes,
  hasValidEscape,
  decodeQueryComponent,
  encodeStr,
  sets: {
    C0_CONTROL_SET, FRAGMENT_SET, QUERY_SET, SPECIAL_QUERY_SET, PATH_SET, USERINFO_SET, COMPONENT_SET, FORM_SET,
    QUERYSTRING_SET, LEGACY_AUTH_SET,
  },
};
