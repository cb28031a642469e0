'use strict';
// node:url: the WHATWG URL API (internal/url), file URL and host helpers,
// and the legacy url.parse()/format()/resolve() API with its historical
// quirks (reproduced from Node's observable behaviour).

const { URL, URLSearchParams, isURL, urlRecordOf } = require('internal/url');
const {
  basicParse, newRecord, states, serializePath, percentDecodeToBytes, encodeStr, sets,
} = require('internal/url/parser');
const idna = require('internal/idna');
const { codes } = require('internal/errors');
const { validateObject, kValidateObjectAllowObjects, kValidateObjectAllowObjectsAndNull } = require('internal/validators');

let querystringModule;
function querystring() {
  if (querystringModule === undefined) querystringModule = require('querystring');
  return querystringModule;
}

// ---- host helpers -------------------------------------------------------------

// The host a special URL would get from `domain` (as its hostname setter
// sees it: the name ends at "/", "?", "#" or "\\", and a port or bad name
// gives ''), or null.
function hostOf(domain) {
  const record = newRecord();
  record.scheme = 'ws';
  basicParse(`${domain}`, null, record, states.HOSTNAME);
  return record.host;
}

function domainToASCII(domain) {
  if (arguments.length < 1) throw new codes.ERR_MISSING_ARGS('domain');
  const host = hostOf(domain);
  return host === null ? '' : host;
}

function domainToUnicode(domain) {
  if (arguments.length < 1) throw new codes.ERR_MISSING_ARGS('domain');
  const ascii = hostOf(domain);
  if (ascii === null) return '';
  if (ascii[0] === '[') return ascii;
  const unicode = idna.domainToUnicode(ascii);
  return unicode === null ? '' : unicode;
}

// ---- file URLs -------------------------------------------------------------------

function isWindowsOption(options) {
  if (options !== null && typeof options === 'object' && options.windows !== undefined) return !!options.windows;
  return process.platform === 'win32';
}

function toFileURL(path) {
  if (typeof path === 'string') return new URL(path);
  if (!isURL(path)) throw new codes.ERR_INVALID_ARG_TYPE('path', ['string', 'URL'], path);
  return path;
}

// The checks both file URL readers share; returns [url, windows].
function checkFileURL(path, options) {
  const url = toFileURL(path);
  if (url.protocol !== 'file:') throw new codes.ERR_INVALID_URL_SCHEME('file');
  const windows = isWindowsOption(options);
  if (!windows && url.hostname !== '') throw new codes.ERR_INVALID_FILE_URL_HOST(process.platform);
  return [url, windows];
}

// A Windows path from the URL's (still escaped) pathname.
function windowsPath(url, pathname) {
  if (url.hostname !== '') return `\\\\${domainToUnicode(url.hostname)}${pathname}`;
  const letter = pathname.charCodeAt(1) | 0x20;
  if (letter < 0x61 || letter > 0x7a || pathname[2] !== ':') {
    throw new codes.ERR_INVALID_FILE_URL_PATH('must be absolute', url);
  }
  return pathname.slice(1);
}

function fileURLToPath(path, options = undefined) {
  const [url, windows] = checkFileURL(path, options);
  const { pathname } = url;
  if (windows) {
    if (/%(2f|5c)/i.test(pathname)) {
      throw new codes.ERR_INVALID_FILE_URL_PATH('must not include encoded \\ or / characters', url);
    }
    return windowsPath(url, decodeURIComponent(pathname.replaceAll('/', '\\')));
  }
  if (/%2f/i.test(pathname)) throw new codes.ERR_INVALID_FILE_URL_PATH('must not include encoded / characters', url);
  return decodeURIComponent(pathname);
}

// The path as raw bytes: escapes are decoded whatever they encode.
function fileURLToPathBuffer(path, options = undefined) {
  const [url, windows] = checkFileURL(path, options);
  let text = url.pathname;
  if (windows) text = windowsPath(url, text.replaceAll('/', '\\'));
  const { Buffer } = require('buffer');
  return Buffer.from(percentDecodeToBytes(text));
}

// Percent-encodes what a file path may hold but a URL path would read as
// syntax or drop: "%" first, then the rest (the URL parser encodes the
// remaining characters of the path percent-encode set itself).
const kPathEscapes = [['%', '%25'], ['\n', '%0A'], ['\r', '%0D'], ['\t', '%09'], ['?', '%3F'], ['#', '%23'],
  ['[', '%5B'], [']', '%5D'], ['|', '%7C'], ['~', '%7E']];
function encodePathChars(path, windows) {
  let out = path;
  for (const [ch, escaped] of kPathEscapes) if (out.includes(ch)) out = out.replaceAll(ch, escaped);
  if (!windows && out.includes('\\')) out = out.replaceAll('\\', '%5C');
  return out;
}

function pathToFileURL(filepath, options = undefined) {
  if (typeof filepath !== 'string') throw new codes.ERR_INVALID_ARG_TYPE('path', 'string', filepath);
  const windows = isWindowsOption(options);
  const pathModule = require('path');
  if (windows && filepath.startsWith('\\\\')) {
    // UNC path \\server\share\rest, also as \\?\UNC\server\share\rest; other
    // \\?\ paths are taken as they are, without resolving.
    let start = 2;
    if (filepath.startsWith('\\\\?\\')) {
      if (!filepath.startsWith('\\\\?\\UNC\\')) {
        return new URL(`file:///${encodePathChars(filepath.slice(4).replaceAll('\\', '/'), true)}`);
      }
      start = 8;
    }
    const sep = filepath.indexOf('\\', start);
    if (sep === -1) throw new codes.ERR_INVALID_ARG_VALUE('path', filepath, 'Missing UNC resource path');
    if (sep === start) throw new codes.ERR_INVALID_ARG_VALUE('path', filepath, 'Empty UNC servername');
    const rest = encodePathChars(filepath.slice(sep).replaceAll('\\', '/'), true);
    return new URL(`file://${filepath.slice(start, sep)}${rest}`);
  }
  const impl = windows ? pathModule.win32 : pathModule.posix;
  let resolved = impl.resolve(filepath);
  const last = filepath.charCodeAt(filepath.length - 1);
  const endsWithSep = last === 0x2f || (windows && last === 0x5c);
  if (endsWithSep && resolved[resolved.length - 1] !== (windows ? '\\' : '/')) resolved += '/';
  if (windows) resolved = `/${resolved.replaceAll('\\', '/')}`;
  return new URL(`file://${encodePathChars(resolved, windows)}`);
}

function urlToHttpOptions(url) {
  validateObject(url, 'url', kValidateObjectAllowObjects);
  const { hostname, pathname, port, username, password, search } = url;
  const options = {
    __proto__: null,
    ...url,
    protocol: url.protocol,
    hostname: typeof hostname === 'string' && hostname.startsWith('[') ? hostname.slice(1, -1) : hostname,
    hash: url.hash,
    search,
    pathname,
    path: `${pathname || ''}${search || ''}`,
    href: url.href,
  };
  if (port !== '') options.port = Number(port);
  if (username || password) options.auth = `${decodeURIComponent(username)}:${decodeURIComponent(password)}`;
  return options;
}

// ---- legacy API -------------------------------------------------------------------
// Url, url.parse(), url.resolve(), url.resolveObject() and the legacy
// url.format(object) live in internal/url/legacy.
const { Url, parse, resolve, resolveObject, urlParse } = require('internal/url/legacy');

// url.format(URL, options): the WHATWG serialization with parts left out.
function formatURL(url, options) {
  if (options !== undefined) validateObject(options, 'options', kValidateObjectAllowObjectsAndNull);
  const { fragment = true, unicode = false, auth = true, search = true } = options || {};
  const record = urlRecordOf(url);
  if (record === undefined) throw new TypeError('Receiver must be an instance of class URL');
  let out = record.scheme + ':';
  if (record.host !== null) {
    out += '//';
    if (auth && (record.username !== '' || record.password !== '')) {
      out += record.username;
      if (record.password !== '') out += ':' + record.password;
      out += '@';
    }
    out += unicode ? domainToUnicode(record.host) : record.host;
    if (record.port !== null) out += ':' + record.port;
  }
  if (record.host === null && !record.opaque && record.path.length > 1 && record.path[0] === '') out += '/.';
  out += serializePath(record);
  if (search && record.query !== null) out += '?' + record.query;
  if (fragment && record.fragment !== null) out += '#' + record.fragment;
  return out;
}

function format(urlObject, options = undefined) {
  if (typeof urlObject === 'string') {
    urlObject = urlParse(urlObject);
  } else if (typeof urlObject !== 'object' || urlObject === null) {
    throw new codes.ERR_INVALID_ARG_TYPE('urlObject', ['Object', 'string'], urlObject);
  } else if (urlObject instanceof URL) {
    return formatURL(urlObject, options);
  }
  return Url.prototype.format.call(urlObject);
}

module.exports = {
  Url,
  parse,
  resolve,
  resolveObject,
  format,
  URL,
  URLSearchParams,
  domainToASCII,
  domainToUnicode,
  pathToFileURL,
  fileURLToPath,
  fileURLToPathBuffer,
  urlToHttpOptions,
};
