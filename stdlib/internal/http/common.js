'use strict';
// Shared pieces of node:http: the method and status tables, header name and
// value checks, how duplicate incoming headers are folded, the per-second
// Date header, and parser errors.

const { codes } = require('internal/errors');

const METHODS = [
  'ACL', 'BIND', 'CHECKOUT', 'CONNECT', 'COPY', 'DELETE', 'GET', 'HEAD', 'LINK', 'LOCK',
  'M-SEARCH', 'MERGE', 'MKACTIVITY', 'MKCALENDAR', 'MKCOL', 'MOVE', 'NOTIFY', 'OPTIONS',
  'PATCH', 'POST', 'PROPFIND', 'PROPPATCH', 'PURGE', 'PUT', 'QUERY', 'REBIND', 'REPORT',
  'SEARCH', 'SOURCE', 'SUBSCRIBE', 'TRACE', 'UNBIND', 'UNLINK', 'UNLOCK', 'UNSUBSCRIBE',
];

const STATUS_CODES = {
  100: 'Continue', 101: 'Switching Protocols', 102: 'Processing', 103: 'Early Hints',
  200: 'OK', 201: 'Created', 202: 'Accepted', 203: 'Non-Authoritative Information',
  204: 'No Content', 205: 'Reset Content', 206: 'Partial Content', 207: 'Multi-Status',
  208: 'Already Reported', 226: 'IM Used',
  300: 'Multiple Choices', 301: 'Moved Permanently', 302: 'Found', 303: 'See Other',
  304: 'Not Modified', 305: 'Use Proxy', 307: 'Temporary Redirect', 308: 'Permanent Redirect',
  400: 'Bad Request', 401: 'Unauthorized', 402: 'Payment Required', 403: 'Forbidden',
  404: 'Not Found', 405: 'Method Not Allowed', 406: 'Not Acceptable',
  407: 'Proxy Authentication Required', 408: 'Request Timeout', 409: 'Conflict', 410: 'Gone',
  411: 'Length Required', 412: 'Precondition Failed', 413: 'Payload Too Large',
  414: 'URI Too Long', 415: 'Unsupported Media Type', 416: 'Range Not Satisfiable',
  417: 'Expectation Failed', 418: 'I\'m a Teapot', 421: 'Misdirected Request',
  422: 'Unprocessable Entity', 423: 'Locked', 424: 'Failed Dependency', 425: 'Too Early',
  426: 'Upgrade Required', 428: 'Precondition Required', 429: 'Too Many Requests',
  431: 'Request Header Fields Too Large', 451: 'Unavailable For Legal Reasons',
  500: 'Internal Server Error', 501: 'Not Implemented', 502: 'Bad Gateway',
  503: 'Service Unavailable', 504: 'Gateway Timeout', 505: 'HTTP Version Not Supported',
  506: 'Variant Also Negotiates', 507: 'Insufficient Storage', 508: 'Loop Detected',
  509: 'Bandwidth Limit Exceeded', 510: 'Not Extended', 511: 'Network Authentication Required',
};

// RFC 9110 token characters, as a 128-entry table (1 = allowed).
const kTokenChars = new Uint8Array(128);
{
  const extra = '!#$%&\'*+-.^_`|~';
  for (let c = 48; c <= 57; c++) kTokenChars[c] = 1;
  for (let c = 65; c <= 90; c++) kTokenChars[c] = 1;
  for (let c = 97; c <= 122; c++) kTokenChars[c] = 1;
  for (let i = 0; i < extra.length; i++) kTokenChars[extra.charCodeAt(i)] = 1;
}

// The last string found a token, and the last value scanned with its
// result: a server sets the same headers on every response, and comparing
// with the string checked last is cheaper than checking it again.
let lastToken = null;
let lastScanned = null;
let lastScan = 0;

function isToken(s) {
  if (s === lastToken) return true;
  const n = s.length;
  if (n === 0) return false;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c > 127 || kTokenChars[c] === 0) return false;
  }
  lastToken = s;
  return true;
}

// 0: fine ASCII, 1: fine with latin1 bytes, -1: a forbidden character
// (controls other than tab, DEL, or anything above 0xff).
function scanValue(s) {
  if (s === lastScanned) return lastScan;
  let wide = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 32) {
      if (c !== 9) return -1;
    } else if (c >= 127) {
      if (c === 127 || c > 255) return -1;
      wide = 1;
    }
  }
  lastScanned = s;
  lastScan = wide;
  return wide;
}

function validateHeaderName(name, label) {
  if (typeof name !== 'string' || !isToken(name)) {
    throw new codes.ERR_INVALID_HTTP_TOKEN(label || 'Header name', name);
  }
}

function validateHeaderValue(name, value) {
  if (value === undefined) throw new codes.ERR_HTTP_INVALID_HEADER_VALUE(value, name);
  if (valueHasBadChar(value)) throw new codes.ERR_INVALID_CHAR('header content', name);
}

function valueHasBadChar(value) {
  if (typeof value === 'string') return scanValue(value) < 0;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      if (typeof value[i] === 'string' && scanValue(value[i]) < 0) return true;
    }
    return false;
  }
  return typeof value !== 'number' && scanValue(String(value)) < 0;
}

// How a repeated incoming header is folded into message.headers (node's
// documented rules): some keep only the first value, set-cookie collects an
// array, cookie joins with '; ', the rest with ', '.
const kFirstWins = new Set([
  'age', 'authorization', 'content-length', 'content-type', 'etag', 'expires', 'from',
  'host', 'if-modified-since', 'if-unmodified-since', 'last-modified', 'location',
  'max-forwards', 'proxy-authorization', 'referer', 'retry-after', 'server', 'user-agent',
]);

// Lower-cased names of the headers seen most, so that the common case does
// not allocate a lower-cased copy. Written out as literals: a literal is
// the engine's interned string, which a header table keyed by it finds
// without comparing characters (a toLowerCase() result is a fresh string).
const kKnownNames = new Map();
for (const [n, lower] of [
  ['Host', 'host'], ['User-Agent', 'user-agent'], ['Accept', 'accept'],
  ['Accept-Encoding', 'accept-encoding'], ['Accept-Language', 'accept-language'],
  ['Connection', 'connection'], ['Content-Type', 'content-type'], ['Content-Length', 'content-length'],
  ['Cookie', 'cookie'], ['Set-Cookie', 'set-cookie'], ['Date', 'date'],
  ['Transfer-Encoding', 'transfer-encoding'], ['Keep-Alive', 'keep-alive'],
  ['Cache-Control', 'cache-control'], ['Upgrade', 'upgrade'], ['Expect', 'expect'],
  ['Referer', 'referer'], ['Authorization', 'authorization'], ['Origin', 'origin'],
  ['Server', 'server'], ['Location', 'location'], ['ETag', 'etag'],
]) {
  kKnownNames.set(n, lower);
  kKnownNames.set(lower, lower);
}

function lowerName(name) {
  const k = kKnownNames.get(name);
  return k === undefined ? name.toLowerCase() : k;
}

const ObjectHasOwn = Object.hasOwn;

function foldHeaders(raw, joinAll) {
  const out = {};
  for (let i = 0; i < raw.length; i += 2) {
    const key = lowerName(raw[i]);
    const value = raw[i + 1];
    const prev = out[key];
    // (A name like `constructor` finds Object.prototype's: not a header.)
    if (prev === undefined || !ObjectHasOwn(out, key)) {
      out[key] = key === 'set-cookie' ? [value] : value;
    } else if (key === 'set-cookie') {
      prev.push(value);
    } else if (key === 'cookie') {
      out[key] = prev + '; ' + value;
    } else if (joinAll || !kFirstWins.has(key)) {
      out[key] = prev + ', ' + value;
    }
  }
  return out;
}

function distinctHeaders(raw) {
  const out = Object.create(null);
  for (let i = 0; i < raw.length; i += 2) {
    const key = lowerName(raw[i]);
    const list = out[key];
    if (list === undefined) out[key] = [raw[i + 1]];
    else list.push(raw[i + 1]);
  }
  return out;
}

// The Date header, made at most once a second: an unref'd timer due at the
// next second forgets it, so a response does not read the clock.
let dateText = '';
function httpDate() {
  if (dateText === '') {
    const now = Date.now();
    dateText = new Date(now - (now % 1000)).toUTCString();
    setTimeout(forgetDate, 1000 - (now % 1000)).unref();
  }
  return dateText;
}

function forgetDate() {
  dateText = '';
}

// A parser error as node reports it (code HPE_*, reason, bytesParsed, rawPacket).
// Reasons the system's llhttp words differently from the llhttp in node 24
// (which also accepts RTSP/ and ICE/ protocol names in its message).
const kReasonText = { __proto__: null, 'Expected HTTP/': 'Expected HTTP/, RTSP/ or ICE/' };

function parserError(parser, data) {
  const info = parser.lastError();
  const reason = kReasonText[info[1]] || info[1];
  const err = new Error('Parse Error: ' + reason);
  err.code = info[0];
  err.reason = reason;
  err.bytesParsed = info[2];
  if (data !== undefined) err.rawPacket = data;
  return err;
}

// Removes and returns the first item of a queue array. A queue of one (the
// usual case) is emptied with pop(), which the JIT does inline, where
// shift() calls into the engine.
function takeFirst(q) {
  return q.length === 1 ? q.pop() : q.shift();
}

let binding;
function newParser() {
  if (binding === undefined) {
    binding = internalBinding('http_parser');
    // Body chunks of a parser that reads its socket natively are Buffers:
    // node:buffer registers their prototype.
    require('buffer');
  }
  return binding.createParser();
}

const kRequest = 0;
const kResponse = 1;
const kKeepAlive = 1;
const kUpgrade = 2;
const kComplete = 4;

module.exports = {
  METHODS,
  STATUS_CODES,
  isToken,
  scanValue,
  validateHeaderName,
  validateHeaderValue,
  foldHeaders,
  distinctHeaders,
  kFirstWins,
  lowerName,
  httpDate,
  parserError,
  takeFirst,
  newParser,
  kRequest,
  kResponse,
  kKeepAlive,
  kUpgrade,
  kComplete,
};
