'use strict';
// ClientRequest: an OutgoingMessage whose socket comes from an Agent (or
// options.createConnection), with a response parser on that socket. When
// the response is complete the parser stops, the socket's listeners are
// removed and the socket goes back to the agent ('free') or is closed.

const { Buffer } = require('buffer');
const { codes, ConnResetException } = require('internal/errors');
const { validateInteger, validateFunction, validateBoolean, validateNumber } = require('internal/validators');
const common = require('internal/http/common');
const { OutgoingMessage, uniqueNames, kRemovedDefaults } = require('internal/http/outgoing');
const { IncomingMessage } = require('internal/http/incoming');
const agentModule = require('internal/http/agent');

const { Agent } = agentModule;
const kReq = Symbol('http.clientRequest');
const kParser = Symbol('http.clientParser');

const kNoBodyMethods = new Set(['GET', 'HEAD', 'DELETE', 'OPTIONS', 'TRACE', 'CONNECT']);

// A URL's own enumerable properties (such as a `headers` a caller put on
// it) come along with the parts of the address.
function urlToOptions(url) {
  const o = {
    __proto__: null,
    ...url,
    protocol: url.protocol,
    hostname: url.hostname.startsWith('[') ? url.hostname.slice(1, -1) : url.hostname,
    hash: url.hash,
    search: url.search,
    pathname: url.pathname,
    path: `${url.pathname || ''}${url.search || ''}`,
    href: url.href,
  };
  if (url.port !== '') o.port = Number(url.port);
  if (url.username || url.password) {
    o.auth = `${decodeURIComponent(url.username)}:${decodeURIComponent(url.password)}`;
  }
  return o;
}

// A request path must be sent as it is: spaces, controls and characters
// that are not one byte (above U+00FF) are refused.
function hasBadPathChar(path) {
  for (let i = 0; i < path.length; i++) {
    const c = path.charCodeAt(i);
    if (c <= 32 || c > 255) return true;
  }
  return false;
}

function optionalBoolean(options, key) {
  const v = options[key];
  if (v !== undefined) validateBoolean(v, `options.${key}`);
  return v === true;
}

// A request timeout (ms): a number, finite and not negative.
function checkTimeout(v, name) {
  validateNumber(v, name);
  if (!(v >= 0) || v === Infinity) throw new codes.ERR_OUT_OF_RANGE(name, 'a non-negative finite number', v);
  return v;
}

function checkHostOption(options, key) {
  const v = options[key];
  if (v !== undefined && v !== null && typeof v !== 'string') {
    throw new codes.ERR_INVALID_ARG_TYPE(`options.${key}`, ['string', 'undefined', 'null'], v);
  }
}

// The agent a request uses: none when the caller brings createConnection,
// a one-off one for `agent: false`, else the given or the global agent.
function pickAgent(options) {
  const given = options.agent;
  const fallback = options._defaultAgent || agentModule.globalAgent;
  if (given === false) return new (fallback.constructor)();
  if (given == null) return typeof options.createConnection === 'function' ? undefined : fallback;
  const poolLike = typeof given.addRequest === 'function';
  if (!poolLike) {
    throw new codes.ERR_INVALID_ARG_TYPE('options.agent', ['Agent-like Object', 'undefined', 'false'], given);
  }
  return given;
}

function listsExpect(headers) {
  const flat = Array.isArray(headers[0]) ? headers.flat() : headers;
  for (let i = 0; i < flat.length; i += 2) {
    if (typeof flat[i] === 'string' && flat[i].toLowerCase() === 'expect') return true;
  }
  return false;
}

function ClientRequest(input, options, cb) {
  OutgoingMessage.call(this);
  if (typeof input === 'string') {
    input = urlToOptions(new URL(input));
  } else if (input instanceof URL) {
    input = urlToOptions(input);
  } else {
    cb = options;
    options = input;
    input = null;
  }
  if (typeof options === 'function') {
    cb = options;
    options = input || {};
  } else {
    options = Object.assign(input || {}, options);
  }

  const agent = pickAgent(options);
  this.agent = agent;

  const protocol = options.protocol || (agent && agent.protocol) || 'http:';
  const expected = (agent && agent.protocol) || 'http:';
  if (protocol !== expected) throw new codes.ERR_INVALID_PROTOCOL(protocol, expected);

  const defaultPort = options.defaultPort || (agent ? agent.defaultPort : undefined);
  const port = options.port = options.port || defaultPort || 80;
  checkHostOption(options, 'hostname');
  checkHostOption(options, 'host');
  const host = options.host = options.hostname || options.host || 'localhost';
  this.host = host;
  this.protocol = protocol;

  const path = options.path ? String(options.path) : '/';
  if (hasBadPathChar(path)) throw new codes.ERR_UNESCAPED_CHARACTERS('Request path');
  this.path = path;

  let method = options.method;
  if (method !== undefined && method !== null && typeof method !== 'string') {
    throw new codes.ERR_INVALID_ARG_TYPE('options.method', 'string', method);
  }
  method = method ? method.toUpperCase() : 'GET';
  if (!common.isToken(method)) throw new codes.ERR_INVALID_HTTP_TOKEN('Method', method);
  this.method = method;

  this.timeout = options.timeout === undefined ? undefined : checkTimeout(options.timeout, 'timeout');
  if (options.maxHeaderSize !== undefined) validateInteger(options.maxHeaderSize, 'maxHeaderSize', 0);
  this.maxHeaderSize = options.maxHeaderSize || 16384;
  this.insecureHTTPParser = optionalBoolean(options, 'insecureHTTPParser');
  this.joinDuplicateHeaders = optionalBoolean(options, 'joinDuplicateHeaders');
  const unique = uniqueNames(options.uniqueHeaders);
  if (unique !== null) this._uniqueHeaders = unique;

  this.useChunkedEncodingByDefault = !kNoBodyMethods.has(method);
  if (method === 'HEAD') this._expectNoBody = true;
  this.res = null;
  this.aborted = false;
  this.timeoutCb = null;
  this.upgradeOrConnect = false;
  this.reusedSocket = false;
  this.maxHeadersCount = null;
  this._ended = false;
  this._responded = false;
  this._parser = null;
  this._options = options;

  // setDefaultHeaders: false: no Host (unless setHost says so), Connection,
  // Content-Length or Transfer-Encoding is added; as if the program had
  // removed them.
  const defaults = options.setDefaultHeaders !== false;
  if (!defaults) this._removed = kRemovedDefaults;
  const headers = options.headers;
  const rawList = Array.isArray(headers);
  if (!rawList && headers != null) {
    for (const k of Object.keys(headers)) this.setHeader(k, headers[k]);
  }
  const setHost = options.setHost !== undefined ? !!options.setHost : defaults;
  if (!rawList && setHost && !this.hasHeader('host')) {
    let hostHeader = host;
    if (hostHeader.includes(':') && require('internal/net/ip').isIPv6(hostHeader)) hostHeader = '[' + hostHeader + ']';
    if (port && port !== defaultPort) hostHeader += ':' + port;
    this.setHeader('Host', hostHeader);
  }
  if (!rawList && options.auth && !this.hasHeader('authorization')) {
    this.setHeader('Authorization', 'Basic ' + Buffer.from(options.auth).toString('base64'));
  }
  // An agent that limits its sockets may hand this one to a request waiting
  // for it, so the server is asked to keep it even without keepAlive.
  this.shouldKeepAlive = !!(agent && (agent.keepAlive || Number.isFinite(agent.maxSockets)));
  if (method === 'CONNECT') this.shouldKeepAlive = false;
  // Headers given as an array are the head, at once and in their order:
  // nothing is added to them but the defaults, and no header can be set later.
  // So is a head with Expect, and it goes out as soon as there is a socket:
  // the server's 100 Continue (or refusal) is what the body waits for.
  const expect = rawList ? listsExpect(headers) : this.hasHeader('expect');
  if (rawList || expect) this._buildHead(method + ' ' + path + ' HTTP/1.1\r\n', rawList ? headers : undefined);
  if (expect) this._sendHead(undefined);

  if (typeof cb === 'function') this.once('response', cb);
  if (options.signal) {
    const signal = options.signal;
    const onAbort = () => this.destroy(new (require('internal/errors').AbortError)(undefined, { cause: signal.reason }));
    if (signal.aborted) onAbort();
    else signal.addEventListener('abort', onAbort, { once: true });
  }

  if (agent) {
    agent.addRequest(this, options);
  } else {
    const opts = { ...options };
    if (opts.socketPath) opts.path = opts.socketPath;
    else delete opts.path;
    let socket;
    const done = (err, s) => {
      if (err) {
        process.nextTick(emitRequestError, this, err);
        return;
      }
      if (socket === undefined && s) {
        socket = s;
        this.onSocket(s);
      }
    };
    const create = typeof options.createConnection === 'function'
      ? options.createConnection : require('net').createConnection;
    const made = create(opts, done);
    if (made && socket === undefined) {
      socket = made;
      this.onSocket(made);
    }
  }
}
Object.setPrototypeOf(ClientRequest.prototype, OutgoingMessage.prototype);
Object.setPrototypeOf(ClientRequest, OutgoingMessage);

ClientRequest.prototype._implicitHeader = function _implicitHeader() {
  if (this._head !== null) throw new codes.ERR_HTTP_HEADERS_SENT('render');
  this._buildHead(this.method + ' ' + this.path + ' HTTP/1.1\r\n');
};

ClientRequest.prototype._attachesItself = true;

// A request without a body needs no framing and keeps its connection.
ClientRequest.prototype._unframed = function _unframed() {};

function emitRequestError(req, err) {
  if (req._errored) return;
  req._errored = true;
  req.emit('error', err);
  emitClose(req);
}

function emitClose(req) {
  if (req._closed) return;
  req._closed = true;
  req.destroyed = true;
  req.emit('close');
}

// The socket is ready for this request (from the agent or createConnection).
ClientRequest.prototype.onSocket = function onSocket(socket, err) {
  process.nextTick(attachSocket, this, socket, err);
};

function attachSocket(req, socket, err) {
  if (err) {
    emitRequestError(req, err);
    return;
  }
  if (req.destroyed) {
    // Destroyed while waiting for its socket: the socket is closed, and its
    // error (or else 'socket hang up') and its close end the request.
    req.socket = socket;
    socket[kReq] = req;
    socket.on('error', onSocketError);
    socket.on('close', onSocketClose);
    const rs = socket._readableState;
    if (rs && rs.closeEmitted) onSocketClose.call(socket);
    else socket.destroy();
    return;
  }
  // A keep-alive socket keeps its response parser between requests: init()
  // restarts it, so only the first request on a socket creates one.
  let parser = socket[kParser];
  if (parser === undefined) {
    parser = common.newParser();
    parser.socket = socket;
    parser.setCallbacks(onResponseHeaders, onResponseBody, onResponseComplete);
    socket[kParser] = parser;
  }
  parser.init(common.kResponse, req.maxHeaderSize, req.insecureHTTPParser);
  parser.req = req;
  req._parser = parser;
  req._buf = null;
  socket[kReq] = req;
  socket._httpMessage = req;
  socket.on('data', onSocketData);
  socket.on('end', onSocketEnd);
  socket.on('error', onSocketError);
  socket.on('close', onSocketClose);
  listenForTimeout(req, socket);
  req.socket = socket;
  req.emit('socket', socket);
  req._attach(socket);
  if (typeof socket.resume === 'function' && socket.readableFlowing !== true) socket.resume();
}

// A request hears its socket's 'timeout' when it has a timeout of its own
// (the `timeout` option or setTimeout()) or the socket has one (the agent's
// `timeout`). The listener (req.timeoutCb) fires once; the time set with
// setTimeout() applies once the socket is connected.
function listenForTimeout(req, socket) {
  if (req.timeout !== undefined && socket.timeout !== req.timeout && typeof socket.setTimeout === 'function') {
    socket.setTimeout(req.timeout);
  }
  if (req.timeoutCb === null && req.timeout === undefined && !(socket.timeout > 0)) return;
  if (req.timeoutCb === null) {
    req.timeoutCb = makeTimeoutCb(req);
    req._ownTimeoutCb = true;
  }
  socket.on('timeout', req.timeoutCb);
  if (req._timeoutMs !== undefined && typeof socket.setTimeout === 'function') {
    if (socket.connecting) socket.once('connect', () => applyTimeout(req, socket));
    else socket.setTimeout(req._timeoutMs);
  }
}

function applyTimeout(req, socket) {
  if (socket[kReq] === req) socket.setTimeout(req._timeoutMs);
}

function makeTimeoutCb(req) {
  return function onRequestTimeout() {
    const socket = req.socket;
    if (socket) socket.removeListener('timeout', onRequestTimeout);
    req.emit('timeout');
  };
}

// While a response is read, the socket's 'timeout' is also the response's.
function onResponseTimeout() {
  const req = this[kReq];
  if (req !== undefined && req.res !== null) req.res.emit('timeout');
}

function detach(req, socket) {
  socket.removeListener('data', onSocketData);
  socket.removeListener('end', onSocketEnd);
  socket.removeListener('error', onSocketError);
  socket.removeListener('close', onSocketClose);
  socket.removeListener('timeout', onResponseTimeout);
  if (req.timeoutCb !== null) socket.removeListener('timeout', req.timeoutCb);
  socket[kReq] = undefined;
  if (socket._httpMessage === req) socket._httpMessage = null;
  if (req._parser !== null) {
    req._parser.req = null;
    req._parser = null;
  }
}

function onSocketData(chunk) {
  const req = this[kReq];
  if (req === undefined || req._parser === null) return;
  const parser = req._parser;
  req._buf = chunk;
  const n = parser.execute(chunk);
  req._buf = null;
  if (n < 0) {
    const err = common.parserError(parser, chunk);
    detach(req, this);
    this.destroy();
    emitRequestError(req, err);
    return;
  }
  if (req.upgradeOrConnect && req.res !== null && n <= chunk.length && req._upgradePending) {
    finishUpgrade(req, this, chunk.subarray(n));
  } else if (n < chunk.length && req.res !== null && req.res.complete && !req.upgradeOrConnect) {
    trailingBytes(req, this, parser, chunk.subarray(n));
  }
}

// Bytes after a complete response (a client sends one request at a time,
// so nothing may follow it): they are parsed as the start of another
// response, and what the parser says of them fails the request; the
// connection is not reused.
function trailingBytes(req, socket, parser, rest) {
  parser.init(common.kResponse, req.maxHeaderSize, req.insecureHTTPParser);
  const n = parser.execute(rest);
  if (n >= 0) return;
  const err = common.parserError(parser, rest);
  if (req._heldSocket === socket) {
    req._heldSocket = null;
    socket.once('close', () => emitClose(req));
  }
  socket.destroy();
  if (!req._errored) {
    req._errored = true;
    req.emit('error', err);
  }
}

function onSocketEnd() {
  const req = this[kReq];
  if (req === undefined || req._parser === null) return;
  const n = req._parser.finish();
  if (req.res === null && !req._errored && !req.aborted) {
    // The server ended the connection without (all of) a response: the
    // request fails now, and closes when its socket does.
    req._errored = true;
    req.emit('error', n < 0 ? common.parserError(req._parser) : new ConnResetException('socket hang up'));
  }
  if (typeof this.destroySoon === 'function') this.destroySoon();
  else this.end();
}

// A socket error before the response fails the request, and the socket is
// done: nothing it reads after that is parsed. During the response it
// aborts the response (see abortResponse).
function onSocketError(err) {
  const req = this[kReq];
  if (req === undefined) return;
  const res = req.res;
  if (res === null) {
    this.removeListener('data', onSocketData);
    if (req._parser !== null) {
      req._parser.req = null;
      req._parser = null;
    }
    emitRequestError(req, err);
    this.destroy();
  } else if (!res.complete) {
    abortResponse(res, err);
  }
}

// A response cut short: 'aborted', then the error, which is emitted only
// when someone listens for it (a caller that destroys a response it reads
// is told through 'aborted' and 'close').
function abortResponse(res, err) {
  if (res.destroyed) return;
  if (!res.aborted) {
    res.aborted = true;
    res.emit('aborted');
  }
  res.destroy(res.listenerCount('error') > 0 ? err : undefined);
}

function onSocketClose() {
  const req = this[kReq];
  if (req === undefined) return;
  const res = req.res;
  detach(req, this);
  if (res !== null) {
    if (!res.complete) abortResponse(res, new ConnResetException('aborted'));
  } else if (!req._errored && !(req.aborted && req._abortedUnattached)) {
    // (As in node, abort() fails a request whose socket it closes before
    // a response with this error too; one aborted before it had a socket
    // just closes.)
    emitRequestError(req, new ConnResetException('socket hang up'));
    return;
  }
  emitClose(req);
}

// ---- parser callbacks (this = parser) ---------------------------------------

function onResponseHeaders(status, reason, raw, major, minor, flags) {
  const req = this.req;
  if (req === null) return 0;
  const max = req.maxHeadersCount;
  if (max > 0 && raw.length > max * 2) raw.length = max * 2;
  const socket = this.socket;
  if (status >= 100 && status < 200 && status !== 101) {
    const info = {
      statusCode: status,
      statusMessage: reason,
      httpVersion: major + '.' + minor,
      httpVersionMajor: major,
      httpVersionMinor: minor,
      headers: common.foldHeaders(raw, req.joinDuplicateHeaders),
      rawHeaders: raw,
    };
    if (status === 100) req.emit('continue');
    req.emit('information', info);
    return 0;
  }
  const res = new IncomingMessage(socket);
  res.statusCode = status;
  res.statusMessage = reason;
  res.rawHeaders = raw;
  res.httpVersionMajor = major;
  res.httpVersionMinor = minor;
  res.httpVersion = major + '.' + minor;
  res.joinDuplicateHeaders = req.joinDuplicateHeaders;
  res.req = req;
  req.res = res;
  req._responded = true;
  res._keepAlive = (flags & common.kKeepAlive) !== 0;
  // The server has the last word: no keep-alive unless its response allows it.
  if (!res._keepAlive) req.shouldKeepAlive = false;
  socket.on('timeout', onResponseTimeout);
  const connect = req.method === 'CONNECT' && status >= 200 && status < 300;
  if (connect || ((flags & common.kUpgrade) !== 0 && status === 101)) {
    const event = connect ? 'connect' : 'upgrade';
    if (req.listenerCount(event) > 0) {
      req.upgradeOrConnect = true;
      req._upgradePending = event;
      res.upgrade = true;
      return 2;
    }
  }
  // Listening before the caller does: when the caller sees 'end', the
  // socket is back with the agent and the request is done.
  res.once('end', onResponseEnd);
  if (req.aborted) {
    res._dump();
  } else if (!req.emit('response', res)) {
    res._dump();
  }
  return req.method === 'HEAD' || status === 204 || status === 304 ? 1 : 0;
}

function onResponseBody(start, length) {
  const req = this.req;
  if (req === null || req.res === null) return;
  req.res._body(req._buf.subarray(start, start + length));
}

function onResponseComplete(trailers) {
  const req = this.req;
  if (req === null) return true;
  const res = req.res;
  if (res === null) return false;  // the end of a 1xx: the real response follows
  if (req.upgradeOrConnect) return true;
  const socket = this.socket;
  res._finishBody(trailers);
  const reuse = res._keepAlive && req.shouldKeepAlive && req.agent && !socket.destroyed;
  detach(req, socket);
  if (reuse) {
    // The socket goes back to the agent once the body has been read; a
    // timeout listener made for it is not the request's any more.
    // The response lets go of it now (res.socket is null, as in node); a
    // socket paused for the body's reader reads again.
    req._heldSocket = socket;
    agentModule.markExpiry(req.agent, socket, res.headers['keep-alive']);
    if (req._ownTimeoutCb) req.timeoutCb = null;
    if (res._paused) {
      res._paused = false;
      socket.resume();
    }
    res.socket = null;
  } else {
    socket.once('close', () => emitClose(req));
    if (typeof socket.destroySoon === 'function') socket.destroySoon();
    else socket.end();
  }
  return true;
}

function onResponseEnd() {
  // Response fully read: it closes, its socket goes back to the agent (once
  // the request is sent too), and the request closes (when its socket has
  // gone back to the agent; otherwise when the socket closes).
  const req = this.req;
  const socket = req ? req._heldSocket : null;
  if (socket) {
    // The request is done now; its socket goes back on the next turn (the
    // caller's 'end' listeners still see it busy), before the response's
    // 'close'.
    req._heldSocket = null;
    if (req._done) {
      req.destroyed = true;
      process.nextTick(releaseSocket, req, socket);
    } else {
      // (A request still being sent finishes first.)
      req.once('finish', () => releaseSocket(req, socket));
    }
  } else if (req && req._released) {
    process.nextTick(emitClose, req);
  }
  // After the caller's 'end' listeners too (the response is not destroyed
  // while they run).
  process.nextTick(destroyResponse, this);
}

function destroyResponse(res) {
  res.destroy();
}

function releaseSocket(req, socket) {
  req._released = true;
  req.destroyed = true;
  if (req.res && req.res.readableEnded) emitClose(req);
  if (typeof socket.setTimeout === 'function') socket.setTimeout(0);
  req.agent.emit('free', socket, req._options);
  socket.emit('free');
}

function finishUpgrade(req, socket, head) {
  const event = req._upgradePending;
  req._upgradePending = null;
  detach(req, socket);
  socket[kParser] = undefined;
  socket._httpMessage = null;
  if (req.agent) socket.emit('agentRemove');
  req.emit(event, req.res, socket, head);
  emitClose(req);
}

// ---- public methods ----------------------------------------------------------

// abort(): destroy() that is not an error ('abort' instead of 'socket hang up').
ClientRequest.prototype.abort = function abort() {
  if (this.aborted) return;
  this.aborted = true;
  this._abortedUnattached = this.socket === null;
  process.nextTick(() => this.emit('abort'));
  this.destroy();
};

// The socket is destroyed; its 'close' aborts a response being read, or
// fails a request still waiting for one. A request without a socket yet
// gets it destroyed when it comes (attachSocket); one still queued in its
// agent ends now (the agent skips it when its turn comes).
ClientRequest.prototype.destroy = function destroy(err) {
  if (this.destroyed) return this;
  this.destroyed = true;
  if (err && !this._errored) {
    this._errored = true;
    process.nextTick(() => this.emit('error', err));
  }
  // No more of the response is delivered, even of one already received
  // whole: its buffered data goes unread (it still ends), as in node.
  if (this.res !== null && !this.res.readableEnded) this.res._dump();
  const socket = this.socket;
  if (socket) {
    socket.destroy();
  } else if (this.agent && typeof this.agent._isQueued === 'function' && this.agent._isQueued(this)) {
    process.nextTick(endQueued, this);
  }
  return this;
};

function endQueued(req) {
  if (!req._errored && !req.aborted) emitRequestError(req, new ConnResetException('socket hang up'));
  else emitClose(req);
}

ClientRequest.prototype.setTimeout = function setTimeout(msecs, callback) {
  checkTimeout(msecs, 'msecs');
  if (callback !== undefined) {
    validateFunction(callback, 'callback');
    this.once('timeout', callback);
  }
  this._timeoutMs = msecs;
  const socket = this.socket;
  const attached = socket && socket[kReq] === this;
  if (this.timeoutCb === null || this._ownTimeoutCb) {
    if (attached && this.timeoutCb !== null) socket.removeListener('timeout', this.timeoutCb);
    this.timeoutCb = makeTimeoutCb(this);
    this._ownTimeoutCb = false;
  }
  if (attached) {
    socket.removeListener('timeout', this.timeoutCb);
    socket.on('timeout', this.timeoutCb);
    if (socket.connecting) socket.once('connect', () => applyTimeout(this, socket));
    else if (typeof socket.setTimeout === 'function') socket.setTimeout(msecs);
  }
  return this;
};

ClientRequest.prototype.setNoDelay = function setNoDelay(noDelay) {
  if (this.socket && typeof this.socket.setNoDelay === 'function') this.socket.setNoDelay(noDelay);
  else this.once('socket', (s) => s.setNoDelay(noDelay));
};

ClientRequest.prototype.setSocketKeepAlive = function setSocketKeepAlive(enable, delay) {
  if (this.socket && typeof this.socket.setKeepAlive === 'function') this.socket.setKeepAlive(enable, delay);
  else this.once('socket', (s) => s.setKeepAlive(enable, delay));
};

ClientRequest.prototype.clearTimeout = function clearTimeout(cb) {
  this.setTimeout(0, cb);
};

module.exports = { ClientRequest, Agent };
