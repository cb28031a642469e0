'use strict';
// fetch() (https://fetch.spec.whatwg.org/#fetch-method) and the classes it
// uses, which are also globals: Headers, Request, Response, FormData.
//
// Schemes: data: and blob: are answered here; http: goes through node:http
// with a keep-alive Agent (loaded on the first http fetch). https: needs
// TLS, which Jolt does not have yet, so it fails with a clear cause.
// Response bodies are not decoded (Content-Encoding): Jolt has no zlib
// yet, so no Accept-Encoding is sent either.

const { Headers, headersAppend, headersRaw } = require('internal/fetch/headers');
const { FormData } = require('internal/fetch/form_data');
const { Request, requestState } = require('internal/fetch/request');
const { Response, makeNetworkResponse, BodyState } = require('internal/fetch/response');
const { bodyChunks } = require('internal/fetch/body');
const { Buffer } = require('buffer');

// A "network error" as Node reports it: TypeError('fetch failed') whose
// cause says what went wrong.
function networkError(cause) {
  return new TypeError('fetch failed', { cause: typeof cause === 'string' ? new Error(cause) : cause });
}

// ---- data: URLs -------------------------------------------------------------

const kAsciiWhitespace = /^[\t\n\f\r ]+|[\t\n\f\r ]+$/g;

function percentDecodeBytes(text) {
  const input = Buffer.from(text, 'utf8');
  const out = Buffer.allocUnsafe(input.length);
  let n = 0;
  const hex = (c) => (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66);
  for (let i = 0; i < input.length; i++) {
    const c = input[i];
    if (c === 0x25 && i + 2 < input.length && hex(input[i + 1]) && hex(input[i + 2])) {
      out[n++] = parseInt(String.fromCharCode(input[i + 1], input[i + 2]), 16);
      i += 2;
    } else {
      out[n++] = c;
    }
  }
  return out.subarray(0, n);
}

// The forgiving-base64 decode of the Infra standard, or null.
function forgivingBase64(text) {
  let data = text.replace(/[\t\n\f\r ]/g, '');
  if (data.length % 4 === 0) data = data.replace(/==?$/, '');
  if (data.length % 4 === 1 || /[^A-Za-z0-9+/]/.test(data)) return null;
  return Buffer.from(data, 'base64');
}

let MIMETypeCtor;
function serializeMime(text) {
  if (MIMETypeCtor === undefined) MIMETypeCtor = require('internal/mime').MIMEType;
  try {
    return `${new MIMETypeCtor(text)}`;
  } catch {
    return null;
  }
}

// The data: URL processor: { type, bytes } or null.
function processDataURL(href) {
  const hash = href.indexOf('#');
  const input = (hash === -1 ? href : href.slice(0, hash)).slice('data:'.length);
  const comma = input.indexOf(',');
  if (comma === -1) return null;
  let type = input.slice(0, comma).replace(kAsciiWhitespace, '');
  let bytes = percentDecodeBytes(input.slice(comma + 1));
  const base64 = /;[\u0020]*base64$/i.exec(type);
  if (base64 !== null) {
    bytes = forgivingBase64(bytes.toString('latin1'));
    if (bytes === null) return null;
    type = type.slice(0, base64.index);
  }
  if (type.startsWith(';')) type = `text/plain${type}`;
  return { type: serializeMime(type) ?? 'text/plain;charset=US-ASCII', bytes };
}

function bytesBody(bytes) {
  return new BodyState('bytes', new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), bytes.byteLength);
}

function dataResponse(state) {
  const data = processDataURL(state.url);
  if (data === null) throw networkError('failed to fetch the data URL');
  const body = state.method === 'HEAD' ? null : bytesBody(data.bytes);
  const fields = { status: 200, statusText: 'OK', urlList: [state.url], body };
  return makeNetworkResponse(fields, ['content-type', data.type]);
}

async function blobResponse(state) {
  const { blobFromURL } = require('internal/url');
  const blob = state.method === 'GET' ? blobFromURL(state.url.split('#')[0]) : undefined;
  if (blob === undefined) throw networkError('invalid method');
  const raw = ['content-length', `${blob.size}`];
  if (blob.type !== '') raw.push('content-type', blob.type);
  return makeNetworkResponse({
    status: 200, statusText: 'OK', urlList: [state.url], body: new BodyState('blob', blob, blob.size),
  }, raw);
}

// ---- http: ------------------------------------------------------------------

// Ports fetch refuses to connect to (https://fetch.spec.whatwg.org/#bad-port).
const kBadPorts = new Set([0, 1, 7, 9, 11, 13, 15, 17, 19, 20, 21, 22, 23, 25, 37, 42, 43, 53, 69, 77, 79, 87,
  95, 101, 102, 103, 104, 109, 110, 111, 113, 115, 117, 119, 123, 135, 137, 139, 143, 161, 179, 389, 427,
  465, 512, 513, 514, 515, 526, 530, 531, 532, 540, 548, 554, 556, 563, 587, 601, 636, 989, 990, 993, 995,
  1719, 1720, 1723, 2049, 3659, 4045, 4190, 5060, 5061, 6000, 6566, 6665, 6666, 6667, 6668, 6669, 6679,
  6697, 10080]);

let httpModule;
let agent;
function httpClient() {
  if (httpModule === undefined) {
    httpModule = require('http');
    agent = new httpModule.Agent({ keepAlive: true });
  }
  return httpModule;
}

// The headers sent for a request, as node:http takes them: the user's
// (values of one name combined), then Node's defaults for those not set.
function outgoingHeaders(headers, length) {
  const out = {};
  const seen = new Set();
  for (const [name, value] of headersRaw(headers)) {
    const lower = name.toLowerCase();
    if (seen.has(lower)) {
      const first = Object.keys(out).find((key) => key.toLowerCase() === lower);
      out[first] += `, ${value}`;
    } else {
      out[name] = value;
      seen.add(lower);
    }
  }
  const add = (name, value) => {
    if (!seen.has(name)) out[name] = value;
  };
  add('accept', '*/*');
  add('accept-language', '*');
  add('sec-fetch-mode', 'cors');
  add('user-agent', 'node');
  if (length !== null) add('content-length', `${length}`);
  return out;
}

const kNullBodyStatus = new Set([101, 103, 204, 205, 304]);

// Sends one request over http and resolves with the IncomingMessage once
// its head has arrived.
function sendHttp(url, method, headers, body, signal) {
  const http = httpClient();
  return new Promise((resolve, reject) => {
    const length = body === null ? (method === 'POST' || method === 'PUT' ? 0 : null) : body.length;
    let req;
    try {
      req = http.request({
        hostname: url.hostname.startsWith('[') ? url.hostname.slice(1, -1) : url.hostname,
        port: url.port === '' ? 80 : Number(url.port),
        path: `${url.pathname}${url.search}`,
        method,
        headers: outgoingHeaders(headers, length),
        agent,
        setHost: true,
      });
    } catch (err) {
      reject(networkError(err));
      return;
    }
    const onAbort = () => {
      req.destroy(signal.reason);
      reject(signal.reason);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    req.once('error', (err) => {
      signal?.removeEventListener('abort', onAbort);
      reject(signal?.aborted ? signal.reason : networkError(err));
    });
    req.once('response', (res) => {
      signal?.removeEventListener('abort', onAbort);
      resolve(res);
    });
    writeBody(req, body).catch((err) => req.destroy(err));
  });
}

// Writes a request body. When the socket is behind, the next chunk waits
// for the previous write's callback (the data reached the socket).
async function writeBody(req, body) {
  if (body === null) {
    req.end();
    return;
  }
  if (body.bytes !== null) {
    req.end(body.bytes);
    return;
  }
  const send = (chunk) => new Promise((resolve, reject) => {
    let flushed = false;
    const ok = req.write(chunk, (err) => {
      flushed = true;
      if (err) reject(err);
      else resolve();
    });
    if (ok && !flushed) resolve();
  });
  if (body.stream !== null) {
    const reader = body.stream.getReader();
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      await send(value);
    }
  } else {
    for await (const chunk of bodyChunks(body)) await send(chunk);
  }
  body.used = true;
  req.end();
}

const kRedirectStatus = new Set([301, 302, 303, 307, 308]);

// The first value of header `name` (lower case) in a rawHeaders list. Read
// there rather than from res.headers, which would build a whole object.
function rawHeader(raw, name) {
  for (let i = 0; i < raw.length; i += 2) {
    if (raw[i].length === name.length && raw[i].toLowerCase() === name) return raw[i + 1];
  }
  return undefined;
}

// Headers a redirect drops: the body's when the method becomes GET, the
// credentials when the origin changes.
const kDropOnMethodChange = ['content-type', 'content-length', 'content-encoding', 'content-language',
  'content-location'];
const kDropCrossOrigin = ['authorization', 'proxy-authorization', 'cookie'];

function withoutHeaders(headers, dropped) {
  const copy = new Headers();
  for (const [name, value] of headersRaw(headers)) {
    if (!dropped.includes(name.toLowerCase())) headersAppend(copy, name, value);
  }
  return copy;
}

// http: fetch with redirects followed as `state.redirect` says.
async function httpFetch(state, headers) {
  const { URL } = require('internal/url');
  const urlList = [state.url];
  let url = state.parsedURL;
  let method = state.method;
  let body = state.body;
  let requestHeaders = headers;
  // Once a redirect leaves the first URL's origin, the response is a
  // 'cors' one (Node reports that type).
  const firstOrigin = url.origin;
  let crossedOrigin = false;
  for (let redirects = 0; ; redirects++) {
    if (url.protocol === 'https:') throw networkError('https: is not supported by Jolt yet (no TLS)');
    if (kBadPorts.has(url.port === '' ? 80 : Number(url.port))) throw networkError('bad port');
    const res = await sendHttp(url, method, requestHeaders, body, state.sourceSignal);
    const status = res.statusCode;
    const location = kRedirectStatus.has(status) ? rawHeader(res.rawHeaders, 'location') : undefined;
    if (location !== undefined && state.redirect !== 'manual') {
      res.resume();
      if (state.redirect === 'error') throw networkError('unexpected redirect');
      let next;
      try {
        next = new URL(location, url);
      } catch (err) {
        throw networkError(err);
      }
      if (next.protocol !== 'http:' && next.protocol !== 'https:') {
        throw networkError('URL scheme must be a HTTP(S) scheme');
      }
      if (redirects + 1 > 20) throw networkError('redirect count exceeded');
      if (body !== null && body.bytes === null && body.blob === null && status !== 303) {
        // A streamed body cannot be sent twice; Node's cause has no message.
        throw networkError('');
      }
      if ((status === 303 && method !== 'GET' && method !== 'HEAD') ||
          ((status === 301 || status === 302) && method === 'POST')) {
        method = 'GET';
        body = null;
        requestHeaders = withoutHeaders(requestHeaders, kDropOnMethodChange);
      }
      if (next.origin !== url.origin) requestHeaders = withoutHeaders(requestHeaders, kDropCrossOrigin);
      if (next.origin !== firstOrigin) crossedOrigin = true;
      url = next;
      urlList.push(next.href);
      continue;
    }
    const hasBody = method !== 'HEAD' && !kNullBodyStatus.has(status);
    if (!hasBody) res.resume();
    const signal = state.sourceSignal;
    if (hasBody && signal !== null) {
      // Aborting later errors the body while it streams in.
      const onAbort = () => res.destroy(signal.reason);
      signal.addEventListener('abort', onAbort, { once: true });
      res.once('close', () => signal.removeEventListener('abort', onAbort));
    }
    let responseBody = null;
    if (hasBody) {
      const length = rawHeader(res.rawHeaders, 'content-length');
      responseBody = new BodyState('chunks', res, length === undefined ? null : Number(length));
      // Cut off mid-body: the abort reason, or Node's TypeError 'terminated'.
      responseBody.mapError = (err) => (signal?.aborted ? signal.reason : new TypeError('terminated', { cause: err }));
    }
    const fields = { status, statusText: res.statusMessage ?? '', urlList, body: responseBody };
    if (crossedOrigin) fields.type = 'cors';
    return makeNetworkResponse(fields, res.rawHeaders);
  }
}

// ---- fetch ------------------------------------------------------------------------

async function dispatch(state, headers) {
  const scheme = state.url.slice(0, state.url.indexOf(':') + 1);
  switch (scheme) {
    case 'data:': return dataResponse(state);
    case 'blob:': return blobResponse(state);
    case 'http:':
    case 'https:': return httpFetch(state, headers);
    case 'about:': throw networkError('about scheme is not supported');
    case 'file:': throw networkError('not implemented... yet...');
    default: throw networkError('unknown scheme');
  }
}

// fetch itself is a plain function (as in Node, not an async one) that
// returns the promise.
function fetch(input, init = undefined) {
  return startFetch(input, init);
}

async function startFetch(input, init) {
  const request = new Request(input, init);
  const { state, headers } = requestState(request);
  const signal = state.sourceSignal;
  if (signal === null) return dispatch(state, headers);
  if (signal.aborted) throw signal.reason;
  let onAbort;
  const aborted = new Promise((resolve, reject) => {
    onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
  });
  try {
    return await Promise.race([dispatch(state, headers), aborted]);
  } finally {
    signal.removeEventListener('abort', onAbort);
  }
}

module.exports = { fetch, Headers, Request, Response, FormData };
