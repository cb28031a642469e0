'use strict';
// The legacy url API: url.parse(), url.resolve(), url.resolveObject(), the
// Url class and url.format(object). Written from Node's documentation and
// from the observed behaviour of node 24, quirks included: a lenient,
// non-standard splitter that never rejects a string except for host names
// IDNA refuses.

const idna = require('internal/idna');
const { codes } = require('internal/errors');
const validators = require('internal/validators');

let qsModule;
function qs() {
  if (qsModule === undefined) qsModule = require('querystring');
  return qsModule;
}

// ---- protocol classes ---------------------------------------------------------

// Schemes that never have a host (the rest is all path) and are never escaped.
const kNoHostSchemes = new Set(['javascript', 'javascript:']);
// Schemes whose URLs have "//" and a host; a host without a path gets "/".
const kWebSchemes = new Set(['http', 'https', 'ftp', 'gopher', 'file', 'ws', 'wss']
  .flatMap((name) => [name, `${name}:`]));

// ---- character classes ---------------------------------------------------------

// Stripped from both ends of the input: C0 controls, space, NBSP and BOM.
function isEdgeJunk(code) {
  return code <= 0x20 || code === 0xa0 || code === 0xfeff;
}

// What ends a host name (after any "user@"); ":" is handled apart.
const kHostStop = /[ "%';<>^`{|}/?#]/;

// Escaped wherever they appear in path, query or fragment.
const kEscapes = {
  __proto__: null,
  '\t': '%09', '\n': '%0A', '\r': '%0D', ' ': '%20', '"': '%22', "'": '%27', '<': '%3C', '>': '%3E',
  '\\': '%5C', '^': '%5E', '`': '%60', '{': '%7B', '|': '%7C', '}': '%7D',
};
const kEscapable = /[\t\n\r "'<>\\^`{|}]/g;

// Characters a host name must not hold once IDNA has mapped it.
const kBadHostChar = /[\0\t\n\r #%/:<>?@[\\\]^|]/;
const kBadBracketedChar = /[\0\t\n\r #%/<>?@\\^|]/;

// A path-only input taken as it is: "/" or "//" not followed by another
// "/", no white space, "#" or "@"; an optional query.
const kPlainPath = /^\/\/?(?!\/)[^?#@\s]*(?:\?[^#\s]*)?$/;
const kScheme = /^[a-zA-Z0-9.+-]+:/;
const kTrailingPort = /:(\d*)$/;
const kAuthorityShortcut = /^\/\/[^@/]+@[^@/]+/;

// ---- warnings --------------------------------------------------------------------

let warnedParse = false;
let warnedPort = false;

// True when the code that called into this API lives under node_modules:
// dependencies are spared the DEP0169 warning.
function callerIsDependency() {
  const holder = {};
  Error.captureStackTrace(holder);
  const frames = `${holder.stack}`.split('\n');
  for (let i = 1; i < frames.length; i++) {
    const frame = frames[i];
    if (frame.includes('node:') || frame.includes('<anonymous>')) continue;
    return /[\\/]node_modules[\\/]/.test(frame);
  }
  return false;
}

function warnLegacyParse() {
  if (warnedParse || process.noDeprecation) return;
  if (callerIsDependency()) return;
  warnedParse = true;
  process.emitWarning(
    '`url.parse()` behavior is not standardized and prone to errors that have security implications. ' +
    'Use the WHATWG URL API instead. CVEs are not issued for `url.parse()` vulnerabilities.',
    'DeprecationWarning', 'DEP0169');
}

function warnBadPort(input) {
  if (warnedPort || process.noDeprecation) return;
  warnedPort = true;
  process.emitWarning(`The URL ${input} is invalid. Future versions of Node.js will throw an error.`,
    'DeprecationWarning', 'DEP0170');
}

// ---- the Url object ------------------------------------------------------------------

function Url() {
  this.protocol = null;
  this.slashes = null;
  this.auth = null;
  this.host = null;
  this.port = null;
  this.hostname = null;
  this.hash = null;
  this.search = null;
  this.query = null;
  this.pathname = null;
  this.path = null;
  this.href = null;
}

// ---- parsing ----------------------------------------------------------------------------

function trimEdges(text) {
  let from = 0;
  let to = text.length;
  while (from < to && isEdgeJunk(text.charCodeAt(from))) from++;
  while (to > from && isEdgeJunk(text.charCodeAt(to - 1))) to--;
  return text.slice(from, to);
}

// Backslashes before the query or fragment read as forward slashes.
function slashify(text) {
  if (!text.includes('\\')) return text;
  let cut = text.search(/[?#]/);
  if (cut === -1) cut = text.length;
  return text.slice(0, cut).replaceAll('\\', '/') + text.slice(cut);
}

const kHasEscapable = /[\t\n\r "'<>\\^`{|}]/;
function escapeTail(text) {
  if (!kHasEscapable.test(text)) return text;
  return text.replace(kEscapable, (ch) => kEscapes[ch]);
}

function setQuery(target, queryText, wantObject) {
  target.query = wantObject ? qs().parse(queryText) : queryText;
}

// No "?" but a query object asked for: an empty one (and no search, even
// one left from an earlier parse into the same Url).
function setNoQuery(target) {
  target.search = null;
  target.query = { __proto__: null };
}

// Index of the first "/", "?" or "#" in text, or its length.
function authorityEnd(text) {
  const end = text.search(/[/?#]/);
  return end === -1 ? text.length : end;
}

// decodeURIComponent with V8's message for malformed input.
function decodeAuth(text) {
  try {
    return decodeURIComponent(text);
  } catch {
    throw new URIError('URI malformed');
  }
}

// Host name through IDNA; throws ERR_INVALID_URL for what it refuses.
function asciiHostname(name, input) {
  // Lower-cased the JavaScript way first (a final capital sigma becomes
  // the final form), then mapped.
  const lower = name.toLowerCase();
  // eslint-disable-next-line no-control-regex
  const ascii = /^[\x00-\x7f]*$/.test(lower) ? lower : idna.domainToASCII(lower);
  if (ascii === null || (ascii === '' && name !== '') || kBadHostChar.test(ascii)) {
    throw new codes.ERR_INVALID_URL(input);
  }
  return ascii;
}

// Reads "[user@]host[:port]" from the front of `rest` into target; returns
// what follows the host.
function takeAuthority(target, rest, input) {
  const end = authorityEnd(rest);
  let head = rest.slice(0, end);
  if (/[\t\n\r]/.test(head)) head = head.replace(/[\t\n\r]/g, '');
  let tail = rest.slice(end);
  let hostText = head;
  const at = head.lastIndexOf('@');
  if (at !== -1) {
    target.auth = decodeAuth(head.slice(0, at));
    hostText = head.slice(at + 1);
  }
  const stop = hostText.search(kHostStop);
  if (stop !== -1) {
    tail = hostText.slice(stop) + tail;
    hostText = hostText.slice(0, stop);
  }
  const portMatch = kTrailingPort.exec(hostText);
  if (portMatch !== null) {
    if (portMatch[1] !== '') target.port = portMatch[1];
    hostText = hostText.slice(0, portMatch.index);
  }
  // No name: a Url parsed again keeps the one it had (it goes through the
  // checks below again, without brackets).
  if (hostText === '' && target.hostname) hostText = `${target.hostname}`;
  const bracketed = hostText[0] === '[' && hostText[hostText.length - 1] === ']';
  if (!bracketed) {
    const colon = hostText.indexOf(':');
    if (colon !== -1) {
      warnBadPort(input);
      tail = `/${hostText.slice(colon)}${tail}`;
      hostText = hostText.slice(0, colon);
    }
  }
  // A bracketed host is always followed by a path.
  if (bracketed && tail[0] !== '/') tail = `/${tail}`;
  let hostname;
  let brackets = bracketed;
  if (hostText.length > 255) {
    // Too long: no host name at all (its text is dropped).
    hostname = '';
    brackets = false;
  } else if (bracketed) {
    hostname = hostText.slice(1, -1).toLowerCase();
    if (kBadBracketedChar.test(hostname)) throw new codes.ERR_INVALID_URL(input);
  } else {
    hostname = asciiHostname(hostText, input);
  }
  target.hostname = hostname;
  const shown = brackets ? `[${hostname}]` : hostname;
  target.host = target.port === null ? shown : `${shown}:${target.port}`;
  return tail;
}

function parseInto(target, input, wantQueryObject, slashesDenoteHost) {
  validators.validateString(input, 'url');
  const text = slashify(trimEdges(input));

  if (!slashesDenoteHost && kPlainPath.test(text)) {
    const q = text.indexOf('?');
    target.path = text;
    target.href = text;
    if (q === -1) {
      target.pathname = text;
      if (wantQueryObject) setNoQuery(target);
    } else {
      target.pathname = text.slice(0, q);
      target.search = text.slice(q);
      setQuery(target, text.slice(q + 1), wantQueryObject);
    }
    return target;
  }

  let rest = text;
  let scheme = null;
  // The scheme as written: whether a scheme without "//" may still have a
  // host is decided case-sensitively ("HTTP:x" has host x, "http:x" none).
  let writtenScheme = null;
  const schemeMatch = kScheme.exec(rest);
  if (schemeMatch !== null) {
    writtenScheme = schemeMatch[0];
    scheme = writtenScheme.toLowerCase();
    target.protocol = scheme;
    rest = rest.slice(schemeMatch[0].length);
  }

  const noHost = scheme !== null && kNoHostSchemes.has(scheme);
  let slashes = false;
  if ((slashesDenoteHost || scheme !== null || kAuthorityShortcut.test(rest)) &&
      rest.startsWith('//') && !noHost) {
    slashes = true;
    target.slashes = true;
    rest = rest.slice(2);
  }

  if (!noHost && (slashes || (scheme !== null && !kWebSchemes.has(writtenScheme)))) {
    rest = takeAuthority(target, rest, input);
  }

  if (!noHost) rest = escapeTail(rest);

  const hashAt = rest.indexOf('#');
  if (hashAt !== -1) {
    target.hash = rest.slice(hashAt);
    rest = rest.slice(0, hashAt);
  }
  const queryAt = rest.indexOf('?');
  if (queryAt !== -1) {
    target.search = rest.slice(queryAt);
    setQuery(target, rest.slice(queryAt + 1), wantQueryObject);
    rest = rest.slice(0, queryAt);
  } else if (wantQueryObject) {
    setNoQuery(target);
  }
  if (rest !== '') target.pathname = rest;
  if (scheme !== null && kWebSchemes.has(scheme) && target.hostname && !target.pathname) {
    target.pathname = '/';
  }
  if (target.pathname !== null || target.search !== null) {
    target.path = (target.pathname || '') + (target.search || '');
  }
  target.href = formatUrlObject(target);
  return target;
}

// ---- formatting ---------------------------------------------------------------------------

// querystring's escaping (its surrogate handling included); ":" stays.
// What querystring leaves alone, plus ":".
const kPlainAuth = /^[\w.!~*'():-]*$/;
function escapeAuthText(text) {
  if (kPlainAuth.test(text)) return text;
  return qs().escape(text).replaceAll('%3A', ':');
}

function encodeAuth(auth) {
  if (typeof auth === 'string') return escapeAuthText(auth);
  return escapeByLength(auth, escapeAuthText);
}

// node escapes a non-string auth by its string form but only as far as
// the value's own `length` reaches: nothing escaped there leaves the text
// as it is; otherwise the text after the last escaped unit within that
// length stays raw. Units past the end of the text read as pairs of
// U+10000 (an odd one out is a malformed URI).
function escapeByLength(auth, escape) {
  const text = `${auth}`;
  const limit = Number(auth.length);
  if (!(limit > 0)) return text;
  if (limit > text.length) {
    const extra = limit - text.length;
    if (extra % 2 === 1) throw new codes.ERR_INVALID_URI();
    return escape(text) + '%F0%90%80%80'.repeat(extra / 2);
  }
  let end = 0;
  for (let i = 0; i < limit; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdfff) {
      // Escaped together with the unit after it.
      end = i + 2;
      i++;
    } else if (qs().escape(text[i]) !== text[i]) {
      end = i + 1;
    }
  }
  if (end === 0) return text;
  return escape(text.slice(0, end)) + (end < limit ? text.slice(end) : '');
}

// "user@" for a host.
function authPrefix(auth) {
  if (!auth) return '';
  return `${encodeAuth(auth)}@`;
}

function formatUrlObject(obj) {
  // Fields are read in node's order (getters can tell).
  const auth = authPrefix(obj.auth);
  // Truthiness is judged on the fields as given ([] counts), the text on
  // their string forms.
  const protocolField = obj.protocol;
  let protocol = '';
  if (protocolField) {
    protocol = `${protocolField}`;
    if (!protocol.endsWith(':')) protocol += ':';
  }
  const pathField = obj.pathname;
  let pathname = pathField ? `${pathField}` : '';
  if (/[#?]/.test(pathname)) pathname = pathname.replace(/[#?]/g, (ch) => (ch === '#' ? '%23' : '%3F'));
  const hashField = obj.hash;
  let hash = '';
  if (hashField) {
    hash = `${hashField}`;
    if (hash[0] !== '#') hash = `#${hash}`;
  }

  let host = '';
  if (obj.host) {
    host = auth + obj.host;
  } else if (obj.hostname) {
    // A name with ":" that is not bracketed yet gets brackets.
    const text = `${obj.hostname}`;
    const bare = !text.includes(':') || /^\[.*\]$/s.test(text);
    host = auth + (bare ? `${obj.hostname}` : `[${obj.hostname}]`);
    if (obj.port) host += `:${obj.port}`;
  }

  // A query object is serialized even when `search` wins.
  let encodedQuery = '';
  if (obj.query !== null && typeof obj.query === 'object') encodedQuery = qs().stringify(obj.query);
  const searchField = obj.search;
  let search = '';
  if (searchField) search = `${searchField}`;
  else if (encodedQuery !== '') search = encodedQuery;
  if ((searchField || encodedQuery !== '') && search[0] !== '?') search = `?${search}`;
  if (search.includes('#')) search = search.replaceAll('#', '%23');

  let authority = host;
  let path = pathname;
  if (obj.slashes || (kWebSchemes.has(protocol) && (host !== '' || protocol === 'file:'))) {
    authority = `//${host}`;
    if ((obj.slashes || host !== '') && pathField && path[0] !== '/') path = `/${path}`;
  }
  return protocol + authority + path + search + hash;
}

// ---- resolving ----------------------------------------------------------------------------

function copyFields(target, source) {
  for (const key of Object.keys(source)) target[key] = source[key];
}

// Removes "." and ".." segments from a path split on "/". A ".." takes
// away the segment kept before it, even the empty one of the root (the
// caller puts the root back). ".." segments that climb above the start are
// dropped when `dropClimbs`, kept in front otherwise.
function dropDotSegments(segments, dropClimbs) {
  const kept = [];
  let climbs = 0;
  for (const seg of segments) {
    if (seg === '.') continue;
    if (seg !== '..') kept.push(seg);
    else if (kept.length > 0) kept.pop();
    else climbs++;
  }
  if (dropClimbs) return kept;
  const out = [];
  for (; climbs > 0; climbs--) out.push('..');
  return out.concat(kept);
}

function resolveUrlObject(base, ref) {
  const rel = typeof ref === 'string' ? parseInto(new Url(), ref, false, true) : ref;
  const result = new Url();
  copyFields(result, base);
  result.hash = rel.hash;

  if (rel.href === '') {
    result.href = formatUrlObject(result);
    return result;
  }

  // "//host/path": everything but the scheme comes from the reference.
  if (rel.slashes && !rel.protocol) {
    for (const key of Object.keys(rel)) {
      if (key !== 'protocol') result[key] = rel[key];
    }
    if (kWebSchemes.has(result.protocol) && result.hostname && !result.pathname) {
      result.pathname = '/';
      result.path = '/';
    }
    result.href = formatUrlObject(result);
    return result;
  }

  if (rel.protocol && rel.protocol !== result.protocol) {
    return resolveOtherScheme(result, rel);
  }
  return resolveSameScheme(result, rel);
}

// A reference with a scheme of its own.
function resolveOtherScheme(result, rel) {
  if (!kWebSchemes.has(rel.protocol)) {
    copyFields(result, rel);
    result.href = formatUrlObject(result);
    return result;
  }
  result.protocol = rel.protocol;
  const takesHostFromPath = !rel.host && !kNoHostSchemes.has(rel.protocol) && rel.protocol !== 'file:' &&
    rel.protocol !== 'file';
  if (takesHostFromPath) {
    // "http:x/y" read against another scheme: the first non-empty path
    // segment is the host, the rest the path (always from the root).
    const parts = (rel.pathname || '').split('/');
    const at = parts.findIndex((part) => part !== '');
    const host = at === -1 ? '' : parts[at];
    const rest = at === -1 ? '' : parts.slice(at + 1).join('/');
    result.pathname = rest[0] === '/' ? rest : `/${rest}`;
    result.host = host;
    result.hostname = rel.hostname || host;
  } else {
    result.pathname = rel.pathname;
    result.host = rel.host || '';
    result.hostname = rel.hostname || rel.host;
  }
  result.search = rel.search;
  result.query = rel.query;
  result.auth = rel.auth;
  result.port = rel.port;
  if (result.pathname || result.search) refreshPath(result);
  result.slashes = result.slashes || rel.slashes;
  result.href = formatUrlObject(result);
  return result;
}

function refreshPath(result) {
  if (result.pathname === null && result.search === null) return;
  result.path = (result.pathname || '') + (result.search || '');
}

const splitPath = (pathname) => (pathname ? pathname.split('/') : []);

// Same scheme, or none: RFC 3986's reference resolution (5.2.2) with the
// legacy API's own handling of roots, trailing dots and hosts.
function resolveSameScheme(result, rel) {
  // Opaque-host schemes (mailto:, x:, ...) carry the host as the first
  // path segment while paths are merged.
  const opaque = !!result.protocol && !kWebSchemes.has(result.protocol);
  const refHasAuthority = !!rel.host || (!!rel.pathname && rel.pathname[0] === '/');
  // Whether ".." segments may climb out of the path's start (they are then
  // dropped), decided on the fields as they came.
  const anchored = refHasAuthority || (!!result.pathname && result.pathname[0] === '/') ||
    (!!result.host && !!rel.pathname);
  const merge = { base: splitPath(result.pathname), ref: splitPath(rel.pathname), refHost: rel.host, rooted: anchored };
  if (opaque) foldHosts(result, rel, merge);

  let segments;
  if (refHasAuthority) {
    adoptAuthority(result, rel, merge.refHost);
    result.search = rel.search;
    result.query = rel.query;
    segments = merge.ref;
  } else if (merge.ref.length > 0) {
    result.search = rel.search;
    result.query = rel.query;
    segments = merge.base.slice(0, -1).concat(merge.ref);
  } else if (rel.search !== null && rel.search !== undefined) {
    return resolveQueryOnly(result, rel, merge.base, opaque);
  } else {
    segments = merge.base;
  }

  if (segments.length === 0) {
    result.pathname = null;
    result.path = result.search ? `/${result.search}` : null;
    result.href = formatUrlObject(result);
    return result;
  }

  const last = segments[segments.length - 1];
  const slashAtEnd = last === '' ||
    ((last === '.' || last === '..') && (!!result.host || !!merge.refHost || segments.length > 1));
  segments = dropDotSegments(segments, anchored);
  if (merge.rooted && segments[0] !== '') segments.unshift('');
  if (slashAtEnd && !segments.join('/').endsWith('/')) segments.push('');

  const startsAtRoot = segments[0] === '';
  if (opaque) setHostFromPath(result, startsAtRoot ? '' : segments.shift() ?? '');
  if (!startsAtRoot && (merge.rooted || (result.host && segments.length > 0))) segments.unshift('');

  result.pathname = segments.length > 0 ? segments.join('/') : null;
  if (result.pathname === null) result.path = null;
  refreshPath(result);
  result.auth = rel.auth || result.auth;
  result.slashes = result.slashes || rel.slashes;
  result.href = formatUrlObject(result);
  return result;
}

// Opaque-host schemes: the base's host moves to the front of its path. A
// reference that names the scheme again has its host moved likewise (the
// reference object itself loses host, hostname and port, as in node) and
// the base's user is dropped. The result then stays rooted only if one of
// the paths starts at the root.
function foldHosts(result, rel, merge) {
  result.hostname = '';
  result.port = null;
  if (result.host) putFirst(merge.base, result.host);
  result.host = '';
  if (rel.protocol) {
    rel.hostname = null;
    rel.port = null;
    if (merge.refHost) putFirst(merge.ref, merge.refHost);
    rel.host = null;
    merge.refHost = null;
    result.auth = null;
  }
  merge.rooted = merge.rooted && (merge.ref[0] === '' || merge.base[0] === '');
}

// A reference with a host (or a path from the root): its host, if any,
// replaces the base's, and the user goes with a changed host.
function adoptAuthority(result, rel, refHost) {
  if (refHost || refHost === '') {
    if (result.host !== refHost) result.auth = null;
    result.host = refHost;
    result.port = rel.port;
  }
  if (rel.hostname || rel.hostname === '') {
    if (result.hostname !== rel.hostname) result.auth = null;
    result.hostname = rel.hostname;
  }
}

// A reference that is only a query: the base's path stays as it was.
function resolveQueryOnly(result, rel, baseSegments, opaque) {
  if (opaque) setHostFromPath(result, baseSegments[0]);
  result.search = rel.search;
  result.query = rel.query;
  refreshPath(result);
  result.href = formatUrlObject(result);
  return result;
}

// The host becomes the first path segment (replacing an empty one).
function putFirst(segments, host) {
  if (segments[0] === '') segments[0] = host;
  else segments.unshift(host);
}

// Opaque-host schemes: the host comes back from the front of the path and
// may carry "user@".
function setHostFromPath(result, host) {
  result.hostname = host;
  result.host = host;
  if (!host || host.indexOf('@') <= 0) return;
  const [user, name] = host.split('@');
  result.auth = user;
  result.hostname = name;
  result.host = name;
}

// ---- public API ----------------------------------------------------------------------------

Url.prototype.parse = function parse(url, parseQueryString, slashesDenoteHost) {
  return parseInto(this, url, parseQueryString, slashesDenoteHost);
};

Url.prototype.format = function format() {
  return formatUrlObject(this);
};

Url.prototype.resolve = function resolve(relative) {
  return formatUrlObject(this.resolveObject(urlParse(relative, false, true)));
};

Url.prototype.resolveObject = function resolveObject(relative) {
  return resolveUrlObject(this, relative);
};

Url.prototype.parseHost = function parseHost() {
  let host = this.host;
  const portMatch = kTrailingPort.exec(host);
  if (portMatch !== null) {
    if (portMatch[1] !== '') this.port = portMatch[1];
    host = host.slice(0, portMatch.index);
  }
  if (host) this.hostname = host;
};

// url.parse(), also what url.resolve(), url.resolveObject(), Url#resolve
// and url.format(string) parse with; warns once (DEP0169). The public
// functions carry node's names (urlParse, urlResolve, urlResolveObject).
function urlParse(input, wantQueryObject, slashesHost) {
  warnLegacyParse();
  return input instanceof Url ? input : parseInto(new Url(), input, wantQueryObject, slashesHost);
}

function urlResolve(base, ref) {
  return urlParse(base, false, true).resolve(ref);
}

function urlResolveObject(base, ref) {
  if (!base) return ref;
  return urlParse(base, false, true).resolveObject(ref);
}

module.exports = { Url, parse: urlParse, resolve: urlResolve, resolveObject: urlResolveObject, urlParse };
