'use strict';
// ClientRequest: an OutgoingMessage whose socket comes from an Agent (or
// options.createConnection), with a response parser on that socket. When
// the response is complete the parser stops, the socket's listeners are
// removed and the socket goes back to the agent ('free') or is closed.

const { Buffer } = require('buffer');
const { codes, ConnResetException } = require('internal/errors');
const { validateInteger, validateFunction } = require('internal/validators');
const common = require('internal/http/common');
const { OutgoingMessage } = require('internal/http/outgoing');
const { IncomingMessage } = require('internal/http/incoming');
const agentModule = require('internal/http/agent');

const { Agent } = agentModule;
const kReq = Symbol('http.clientRequest');
const kParser = Symbol('http.clientParser');

const kNoBodyMethods = new Set(['GET', 'HEAD', 'DELETE', 'OPTIONS', 'TRACE', 'CONNECT']);

function urlToOptions(url) {
  const o = {
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

function hasBadPathChar(path) {
  for (let i = 0; i < path.length; i++) {
    if (path.charCodeAt(i) <= 32) return true;
  }
  return false;
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

  const defaultPort = options.defaultPort || (agent && agent.defaultPort);
  const port = options.port = options.port || defaultPort || 80;
  checkHostOption(options, 'hostname');
  checkHostOption(options, 'host');
  const host = options.host = options.hostname || options.host || 'localhost';
  this.host = host;
  this.protocol = protocol;

  let path = options.path;
  if (path === undefined || path === null) path = '/';
  else if (hasBadPathChar(String(path))) throw new codes.ERR_UNESCAPED_CHARACTERS('Request path');
  this.path = String(path);

  let method = options.method;
  if (method !== undefined && method !== null && typeof method !== 'string') {
    throw new codes.ERR_INVALID_ARG_TYPE('options.method', 'string', method);
  }
  method = method ? method.toUpperCase() : 'GET';
  if (!common.isToken(method)) throw new codes.ERR_INVALID_HTTP_TOKEN('Method', method);
  this.method = method;

  if (options.timeout !== undefined) validateInteger(options.timeout, 'timeout', 0);
  if (options.maxHeaderSize !== undefined) validateInteger(options.maxHeaderSize, 'maxHeaderSize', 0);
  this.maxHeaderSize = options.maxHeaderSize || 16384;
  this.insecureHTTPParser = !!options.insecureHTTPParser;
  this.joinDuplicateHeaders = !!options.joinDuplicateHeaders;

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
  this._closed = false;
  this._parser = null;
  this._options = options;

  const headers = options.headers;
  if (headers != null) {
    if (Array.isArray(headers)) {
      const flat = Array.isArray(headers[0]) ? headers.flat() : headers;
      for (let i = 0; i < flat.length; i += 2) this.appendHeader(flat[i], flat[i + 1]);
    } else {
      for (const k of Object.keys(headers)) this.setHeader(k, headers[k]);
    }
  }
  if (options.setHost !== false && !this.hasHeader('host')) {
    let hostHeader = host;
    if (hostHeader.includes(':') && !hostHeader.startsWith('[')) hostHeader = '[' + hostHeader + ']';
    if (port && Number(port) !== (agent ? agent.defaultPort : undefined)) hostHeader += ':' + port;
    this.setHeader('Host', hostHeader);
  }
  if (options.auth && !this.hasHeader('authorization')) {
    this.setHeader('Authorization', 'Basic ' + Buffer.from(options.auth).toString('base64'));
  }
  this.shouldKeepAlive = !!(agent && agent.keepAlive);
  if (method === 'CONNECT') this.shouldKeepAlive = false;

  if (typeof cb === 'function') this.once('response', cb);
  if (options.timeout !== undefined) this.setTimeout(options.timeout);
  if (options.signal) {
    const signal = options.signal;
    const onAbort = () => this.destroy(new (require('internal/errors').AbortError)(undefined, { cause: signal.reason }));
    if (signal.aborted) process.nextTick(onAbort);
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
    socket.emit('agentRemove');
    socket.destroy();
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
  if (req.timeoutCb !== null || req._timeoutMs !== undefined) {
    socket.on('timeout', onSocketTimeout);
    if (req._timeoutMs !== undefined && typeof socket.setTimeout === 'function') socket.setTimeout(req._timeoutMs);
  }
  req.socket = socket;
  req.emit('socket', socket);
  req._attach(socket);
  if (typeof socket.resume === 'function' && socket.readableFlowing !== true) socket.resume();
}

function detach(req, socket) {
  socket.removeListener('data', onSocketData);
  socket.removeListener('end', onSocketEnd);
  socket.removeListener('error', onSocketError);
  socket.removeListener('close', onSocketClose);
  socket.removeListener('timeout', onSocketTimeout);
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
  }
}

function onSocketEnd() {
  const req = this[kReq];
  if (req === undefined || req._parser === null) return;
  const n = req._parser.finish();
  if (n < 0 && req.res === null) {
    const err = common.parserError(req._parser);
    emitRequestError(req, err);
  }
  if (typeof this.destroySoon === 'function') this.destroySoon();
  else this.end();
}

function onSocketError(err) {
  const req = this[kReq];
  if (req === undefined) return;
  const res = req.res;
  if (res !== null && !res.complete) {
    res.aborted = true;
    res.emit('aborted');
    res.destroy(err);
    return;
  }
  if (res === null) emitRequestError(req, err);
}

function onSocketClose() {
  const req = this[kReq];
  if (req === undefined) return;
  const res = req.res;
  detach(req, this);
  if (res !== null) {
    if (!res.complete) {
      res.aborted = true;
      res.emit('aborted');
      const err = new ConnResetException('aborted');
      res.destroy(err);
    }
  } else if (!req._errored) {
    emitRequestError(req, new ConnResetException('socket hang up'));
    return;
  }
  emitClose(req);
}

function onSocketTimeout() {
  const req = this[kReq];
  if (req === undefined) return;
  req.emit('timeout');
}

// ---- parser callbacks (this = parser) ---------------------------------------

function onResponseHeaders(status, reason, raw, major, minor, flags) {
  const req = this.req;
  if (req === null) return 0;
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
  res.once('end', onResponseEnd);
  detach(req, socket);
  if (reuse) {
    if (req._done) releaseSocket(req, socket);
    else req.once('finish', () => releaseSocket(req, socket));
  } else {
    socket.once('close', () => emitClose(req));
    if (typeof socket.destroySoon === 'function') socket.destroySoon();
    else socket.end();
  }
  return true;
}

function onResponseEnd() {
  // Response fully read: it closes, then the request does (when its socket
  // has gone back to the agent; otherwise when the socket closes).
  this.destroy();
  const req = this.req;
  if (req && req._released) emitClose(req);
}

function releaseSocket(req, socket) {
  req._released = true;
  if (req.res && req.res.readableEnded) emitClose(req);
  if (typeof socket.setTimeout === 'function') socket.setTimeout(0);
  req.agent.emit('free', socket, req._options);
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

ClientRequest.prototype.abort = function abort() {
  if (this.aborted) return;
  this.aborted = true;
  process.nextTick(() => this.emit('abort'));
  this.destroy();
};

ClientRequest.prototype.destroy = function destroy(err) {
  if (this.destroyed) return this;
  this.destroyed = true;
  const res = this.res;
  if (res !== null && !res.complete) {
    res.aborted = true;
    res.emit('aborted');
  }
  const socket = this.socket;
  if (socket) {
    if (err && res === null) {
      this._errored = true;
      process.nextTick(() => this.emit('error', err));
    }
    socket.destroy();
  } else {
    if (err) {
      this._errored = true;
      process.nextTick(() => this.emit('error', err));
    }
    process.nextTick(emitClose, this);
  }
  return this;
};

ClientRequest.prototype.setTimeout = function setTimeout(msecs, callback) {
  validateInteger(msecs, 'msecs', 0);
  if (callback !== undefined) {
    validateFunction(callback, 'callback');
    this.once('timeout', callback);
  }
  this._timeoutMs = msecs;
  this.timeoutCb = callback || null;
  const socket = this.socket;
  if (socket && socket[kReq] === this) {
    socket.removeListener('timeout', onSocketTimeout);
    if (msecs > 0) socket.on('timeout', onSocketTimeout);
    if (typeof socket.setTimeout === 'function') socket.setTimeout(msecs);
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
