'use strict';
// The HTTP server: per connection one native parser and one `Conn` record;
// requests are reported by the parser's onHeaders (a GET is one call),
// responses go out in request order (pipelining), idle keep-alive
// connections are closed by one timer per connection that is re-armed only
// when it fires, and headersTimeout/requestTimeout are checked by one
// interval per server.

const EventEmitter = require('events');
const { codes, ConnResetException } = require('internal/errors');
const { validateObject, validateInteger, validateBoolean, validateFunction } = require('internal/validators');
const common = require('internal/http/common');
const { Buffer } = require('buffer');
const { OutgoingMessage, kFinishing, uniqueNames } = require('internal/http/outgoing');
const { IncomingMessage } = require('internal/http/incoming');

const { STATUS_CODES, kKeepAlive, kUpgrade, kComplete } = common;

let NetServer;
try {
  NetServer = require('net').Server;
} catch {
  NetServer = undefined;
}

const kConn = Symbol('kConn');
// net.Socket's bytesRead adds what this function gives (stdlib/net.js).
const kBytesReadElsewhere = Symbol.for('jolt.net.bytesReadElsewhere');
const kServerResponse = Symbol('http.responseClass');
const kIncomingMessage = Symbol('http.requestClass');

// ---- ServerResponse --------------------------------------------------------

function ServerResponse(req, options) {
  OutgoingMessage.call(this, options);
  this.req = req;
  this.statusCode = 200;
  this.statusMessage = undefined;
  this.sendDate = true;
  this._conn = null;
  this._expect100 = false;
  this._sent100 = false;
  if (req.method === 'HEAD') this._bodyless = true;
  if (req.httpVersionMajor < 1 || (req.httpVersionMajor === 1 && req.httpVersionMinor === 0)) {
    this.useChunkedEncodingByDefault = false;
    this._v10 = true;
  } else {
    this._v10 = false;
  }
}
Object.setPrototypeOf(ServerResponse.prototype, OutgoingMessage.prototype);
Object.setPrototypeOf(ServerResponse, OutgoingMessage);

ServerResponse.prototype._checksLength = true;
ServerResponse.prototype._attachesItself = true;

ServerResponse.prototype._httpOneOne = function _httpOneOne() {
  return !this._v10;
};

ServerResponse.prototype._rejectsBody = function _rejectsBody() {
  return this._conn !== null && this._conn.server.rejectNonStandardBodyWrites === true;
};

// A 204 or 304 that says its body is chunked: node does not keep the
// connection, since the client cannot tell where such a response ends.
ServerResponse.prototype._teValue = function _teValue(v) {
  OutgoingMessage.prototype._teValue.call(this, v);
  if (this._chunked && (this.statusCode === 204 || this.statusCode === 304)) this.shouldKeepAlive = false;
};

ServerResponse.prototype.writeHead = function writeHead(statusCode, reason, headers) {
  if (this._head !== null) throw new codes.ERR_HTTP_HEADERS_SENT('write');
  const code = statusCode | 0;
  if (code < 100 || code > 999) throw new codes.ERR_HTTP_INVALID_STATUS_CODE(statusCode);
  if (typeof reason === 'string') {
    this.statusMessage = reason;
  } else {
    if (reason !== undefined && reason !== null) headers = reason;
    if (!this.statusMessage) this.statusMessage = STATUS_CODES[code] || 'unknown';
  }
  if (this.statusMessage === undefined) this.statusMessage = STATUS_CODES[code] || 'unknown';
  this.statusCode = code;
  const msg = this.statusMessage;
  if (msg !== STATUS_CODES[code] && common.scanValue(msg) < 0) throw new codes.ERR_INVALID_CHAR('statusMessage');
  if (code === 204 || code === 304 || (code >= 100 && code < 200)) this._bodyless = true;
  if (headers !== undefined && headers !== null && this._hdrs !== null) {
    // Headers given here override those set before, as node does.
    if (Array.isArray(headers) && !Array.isArray(headers[0])) {
      // A flat list: a name's first pair replaces what was set before (and
      // moves it last), its further pairs add values to it.
      if (headers.length % 2 !== 0) throw new codes.ERR_INVALID_ARG_VALUE('headers', headers);
      const seen = new Set();
      for (let i = 0; i < headers.length; i += 2) {
        const name = headers[i];
        const key = typeof name === 'string' ? name.toLowerCase() : name;
        if (seen.has(key)) {
          this.appendHeader(name, headers[i + 1]);
        } else {
          seen.add(key);
          this.removeHeader(name);
          this.setHeader(name, headers[i + 1]);
        }
      }
    } else {
      const pairs = Array.isArray(headers) ? headers : Object.keys(headers).map((k) => [k, headers[k]]);
      for (let i = 0; i < pairs.length; i++) this.setHeader(pairs[i][0], pairs[i][1]);
    }
    headers = undefined;
  }
  const conn = this._conn;
  if (conn !== null) {
    this._keepAliveHint = conn.server.keepAliveTimeout;
    this._keepAliveMax = conn.server.maxRequestsPerSocket;
  }
  if (conn !== null && conn.closing) this.shouldKeepAlive = false;
  this._buildHead(statusLine(code, this.statusMessage), headers === null ? undefined : headers);
  return this;
};

// The status line of the last head, the same string while code and reason
// repeat (the head made last is reused only for the same line, see
// outgoing.js).
let lineCode = 0;
let lineReason = '';
let lineText = '';
function statusLine(code, reason) {
  if (code !== lineCode || reason !== lineReason) {
    lineText = 'HTTP/1.1 ' + code + ' ' + reason + '\r\n';
    lineCode = code;
    lineReason = reason;
  }
  return lineText;
}

ServerResponse.prototype.writeHeader = ServerResponse.prototype.writeHead;

ServerResponse.prototype._implicitHeader = function _implicitHeader() {
  this.writeHead(this.statusCode);
};

ServerResponse.prototype.writeContinue = function writeContinue(cb) {
  this._rawInfo('HTTP/1.1 100 Continue\r\n\r\n', cb);
  this._sent100 = true;
};

ServerResponse.prototype.writeProcessing = function writeProcessing(cb) {
  this._rawInfo('HTTP/1.1 102 Processing\r\n\r\n', cb);
};

// One Link value: <uri> then `; name[=value]` parameters.
const kLinkValue = /^<[^>\r\n]*>(\s*;\s*[^\s;=]+(=("[^"]*"|[^\s;]*))?)*$/;
const kLinkFormat = 'must be an array or string of format "</styles.css>; rel=preload; as=style"';

function checkLink(link) {
  if (typeof link !== 'string' || !kLinkValue.test(link)) {
    throw new codes.ERR_INVALID_ARG_VALUE('hints', link, kLinkFormat);
  }
  return link;
}

// A 103 with the Link values joined in one header, then the other hints;
// nothing at all without a link.
ServerResponse.prototype.writeEarlyHints = function writeEarlyHints(hints, cb) {
  validateObject(hints, 'hints');
  const link = hints.link;
  if (link === undefined) return;
  let links;
  if (Array.isArray(link)) {
    if (link.length === 0) return;
    for (let i = 0; i < link.length; i++) checkLink(link[i]);
    links = link.join(', ');
  } else {
    links = checkLink(link);
  }
  let head = 'HTTP/1.1 103 Early Hints\r\nLink: ' + links + '\r\n';
  for (const name of Object.keys(hints)) {
    if (name === 'link') continue;
    const v = hints[name];
    common.validateHeaderName(name);
    common.validateHeaderValue(name, v);
    head += name + ': ' + v + '\r\n';
  }
  this._rawInfo(head + '\r\n', cb);
};

ServerResponse.prototype._rawInfo = function _rawInfo(text, cb) {
  // Informational responses go straight out, ahead of the final head.
  if (this._attached && this.socket !== null) this.socket.write(text, 'latin1', cb);
  else this._out(text, 'latin1', cb, false);
};

ServerResponse.prototype.assignSocket = function assignSocket(socket) {
  if (socket._httpMessage) throw new codes.ERR_HTTP_SOCKET_ASSIGNED();
  socket._httpMessage = this;
  this._attach(socket);
  this.emit('socket', socket);
};

ServerResponse.prototype.detachSocket = function detachSocket(socket) {
  if (socket._httpMessage === this) socket._httpMessage = null;
  this.socket = null;
  this._attached = false;
};

ServerResponse.prototype._afterLastWrite = function _afterLastWrite() {
  const conn = this._conn;
  if (conn !== null) conn.responseEnded(this);
};

ServerResponse.prototype._onFinish = function _onFinish() {
  const conn = this._conn;
  if (conn !== null) conn.responseFinished(this);
};

// ---- connections -----------------------------------------------------------

// Per-connection state. The parser's callbacks are shared functions called
// with this = the record's `link`, a plain object whose `conn` is the
// record until the connection is done with its parser (then null). A
// property of the native parser itself would cost a lookup in the engine on
// every read, once per request.
class Conn {
  constructor(server, socket) {
    this.server = server;
    this.socket = socket;
    this.parser = common.newParser();
    this.parser.init(common.kRequest, server.maxHeaderSize, server.insecureHTTPParser);
    this.link = { conn: this };
    this.parser.setCallbacks(onRequestHeaders, onRequestBody, onRequestComplete, this.link);
    this.buf = null;
    this.req = null;             // request whose body is arriving
    this.responses = [];         // responses not yet ended, in request order
    this.active = null;          // the response allowed to write
    this.unfinished = 0;         // responses not yet finished
    this.closing = false;        // no more responses after the current ones
    this.peerEnded = false;      // the client ended its side: end ours once the responses are done
    this.upgradeReq = null;
    this.requestStart = 0;       // ms timestamp of the first byte of the pending request
    this.headersDone = false;
    this.idleAt = 0;
    this.kaTimer = null;
    this.requests = 0;
    this.detached = false;
    this.advancing = false;
    this.handle = null;          // the net handle the parser reads natively, if any
  }

  // Lets the parser read the socket's handle in C++ (no 'data' event per
  // read) while nothing else wants the bytes: not with a socket timeout to
  // refresh on reads, and not once a 'data' or 'readable' listener appears.
  consume() {
    const handle = this.socket._handle;
    if (this.server.timeout > 0 || !handle || !this.parser.consume(handle, onParserStop)) return;
    this.handle = handle;
    this.socket.on('newListener', onSocketNewListener);
    if (this.socket[kBytesReadElsewhere] === undefined) {
      const parser = this.parser;
      this.socket[kBytesReadElsewhere] = () => parser.bytesRead();
    }
  }

  // Back to one 'data' event per read, parsed by onSocketData.
  unconsume() {
    if (this.handle === null) return;
    this.parser.unconsume();
    this.consumeEnded();
  }

  // The JS path keeps the state of the request being received from here on.
  consumeEnded() {
    this.requestStart = this.parser.pendingSince();
    this.headersDone = this.parser.headersDone();
    this.handle = null;
    this.socket.removeListener('newListener', onSocketNewListener);
  }

  // Date.now() of the first byte of the request being received, or 0.
  pendingSince() {
    return this.handle !== null ? this.parser.pendingSince() : this.requestStart;
  }

  begin() {
    if (this.requestStart === 0) {
      this.requestStart = Date.now();
      this.headersDone = false;
    }
  }

  responseEnded(res) {
    // The head of the queue has handed all its bytes to the socket: the next
    // response may write now. Attaching a response that has already ended
    // flushes it and re-enters here; the loop below then sees the new head.
    const q = this.responses;
    if (q[0] !== res) return;
    common.takeFirst(q);
    if (!res.shouldKeepAlive) this.closing = true;
    this.active = null;
    if (this.advancing) return;
    this.advancing = true;
    // A request dropped past maxRequestsPerSocket still gets its 503.
    while (q.length > 0 && (!this.closing || q[0]._dropped)) {
      const next = q[0];
      if (next._attached) break;
      this.active = next;
      this.socket._httpMessage = next;
      next._attach(this.socket);
    }
    this.advancing = false;
    // A connection that closes after this response is ended now, as node
    // does: its FIN follows the response's bytes, and the socket reads as
    // ended by the time 'finish' is emitted. (Not under maxRequestsPerSocket:
    // requests pipelined past the limit still get their 503.)
    if (this.closing && this.active === null && !(this.server.maxRequestsPerSocket > 0)) endSocket(this.socket);
  }

  responseFinished(res) {
    this.unfinished--;
    const socket = this.socket;
    if (socket._httpMessage === res) socket._httpMessage = null;
    // As in node, an unread body is drained from 'finish' on (its 'resume'
    // comes before the response's 'close').
    const req = res.req;
    if (req !== null && !untouched(req)) dumpUnread(req);
    // As in node, the response closes a tick after 'finish' (so errors a
    // handler's late writes queued before it still reach 'error' listeners).
    process.nextTick(closeResponse, res);
    if (this.closing || this.peerEnded) {
      if (this.unfinished === 0) endSocket(socket);
      return;
    }
    if (this.unfinished === 0 && this.responses.length === 0) this.becameIdle();
  }

  becameIdle() {
    this.idleAt = Date.now();
    const ka = this.server.keepAliveTimeout;
    if (ka > 0 && this.kaTimer === null) {
      this.kaTimer = setTimeout(onKeepAliveTimer, ka, this);
      if (typeof this.kaTimer.unref === 'function') this.kaTimer.unref();
    }
  }

  isIdle() {
    return this.unfinished === 0 && this.responses.length === 0 && this.pendingSince() === 0;
  }
}

// A finished response closes (a tick after 'finish'), and its request is
// settled.
function closeResponse(res) {
  res._closed = true;
  res.destroyed = true;
  res.emit('close');
  const req = res.req;
  if (req !== null) settleRequest(req);
}

// The response is done: the request's unread body is dropped. A bodiless request nobody listened to is closed by setting its
// state, without the ticks of a drained and destroyed stream (the common case).
function settleRequest(req) {
  if (untouched(req)) req._settle();
  else dumpUnread(req);
}

// A bodiless request nobody listened to.
function untouched(req) {
  return req._bodyDone && req._events.end === undefined && req._events.close === undefined &&
    req._events.data === undefined && req._events.readable === undefined;
}

// A body the program never started reading is drained (so the next request
// on the connection can be parsed); the request then closes after its 'end'.
function dumpUnread(req) {
  if (!req._consuming && !req._dumped && !req.readableEnded && !req._readableState.resumeScheduled) req._dump();
}

function endSocket(socket) {
  if (socket.destroyed || socket.writableEnded) return;
  if (typeof socket.destroySoon === 'function') socket.destroySoon();
  else socket.end();
}

function onKeepAliveTimer(conn) {
  conn.kaTimer = null;
  if (conn.detached || conn.socket.destroyed) return;
  if (!conn.isIdle()) return;
  const left = conn.server.keepAliveTimeout - (Date.now() - conn.idleAt);
  if (left > 0) {
    conn.kaTimer = setTimeout(onKeepAliveTimer, left, conn);
    if (typeof conn.kaTimer.unref === 'function') conn.kaTimer.unref();
    return;
  }
  conn.socket.destroy();
}

function connectionListener(socket) {
  const server = this;
  const conn = new Conn(server, socket);
  socket[kConn] = conn;
  server._conns.add(conn);
  if (server.timeout > 0 && typeof socket.setTimeout === 'function') socket.setTimeout(server.timeout);
  socket.on('data', onSocketData);
  socket.on('end', onSocketEnd);
  socket.on('error', onSocketError);
  socket.on('close', onSocketClose);
  socket.on('timeout', onSocketTimeout);
  ensureChecker(server);
  if (socket.readableFlowing === null && typeof socket.resume === 'function') socket.resume();
  conn.consume();
}

// this = a socket whose bytes the parser takes natively.
function onSocketNewListener(event) {
  if (event === 'data' || event === 'readable') {
    const conn = this[kConn];
    if (conn !== undefined) conn.unconsume();
  }
}

// this = the parser's link: native parsing stopped (status -1: a parse error, the
// chunk; 1: paused, the unparsed rest). The socket's reads come to JS again.
function onParserStop(status, chunk) {
  const conn = this.conn;
  if (conn === null) return;
  if (conn.handle !== null) conn.consumeEnded();
  if (conn.detached) return;
  if (status < 0) {
    // A bad request is still a request being received (not idle).
    if (conn.requestStart === 0) conn.requestStart = Date.now();
    parseFailed(conn, chunk);
    return;
  }
  continueAfterPause(conn, chunk);
}

function onSocketData(chunk) {
  const conn = this[kConn];
  if (conn === undefined || conn.detached) return;
  if (typeof chunk === 'string') chunk = Buffer.from(chunk, 'latin1');
  conn.begin();
  if (conn.kaTimer !== null) conn.idleAt = Date.now();
  conn.buf = chunk;
  const n = conn.parser.execute(chunk);
  conn.buf = null;
  if (n < 0) {
    parseFailed(conn, chunk);
    return;
  }
  if (conn.upgradeReq !== null || n < chunk.length) continueAfterPause(conn, chunk.subarray(n));
}

// The parser stopped before `rest`: an upgrade is handed over, or (an
// upgrade request with no 'upgrade' listener is served as a plain request)
// parsing continues after it.
function continueAfterPause(conn, rest) {
  if (conn.upgradeReq !== null) {
    finishUpgrade(conn, rest);
    return;
  }
  if (conn.detached) return;
  conn.parser.resume();
  if (rest.length === 0) return;
  conn.buf = rest;
  const m = conn.parser.execute(rest);
  conn.buf = null;
  if (m < 0) parseFailed(conn, rest);
}

function parseFailed(conn, chunk) {
  const err = common.parserError(conn.parser, chunk);
  clientError(conn, err);
}

function clientError(conn, err) {
  const server = conn.server;
  const socket = conn.socket;
  conn.detached = true;
  conn.unconsume();
  if (server.listenerCount('clientError') > 0) {
    server.emit('clientError', err, socket);
    return;
  }
  const msg = socket._httpMessage;
  if (socket.writable && (!msg || !msg._headSent)) {
    let status = '400 Bad Request';
    if (err.code === 'HPE_HEADER_OVERFLOW') status = '431 Request Header Fields Too Large';
    else if (err.code === 'HPE_CHUNK_EXTENSIONS_OVERFLOW') status = '413 Payload Too Large';
    else if (err.code === 'ERR_HTTP_REQUEST_TIMEOUT') status = '408 Request Timeout';
    const text = 'HTTP/1.1 ' + status + '\r\nConnection: close\r\n\r\n';
    // A TCP socket is ended (its FIN follows the answer); another stream is
    // destroyed once the answer is written. Either way the socket then
    // reports the error (its 'error' event), as in node.
    const done = () => socket.destroy(err);
    if (typeof socket.destroySoon === 'function') socket.end(text, 'latin1', done);
    else socket.write(text, 'latin1', done);
    return;
  }
  socket.destroy(err);
}

function onSocketEnd() {
  const conn = this[kConn];
  if (conn === undefined) return;
  if (conn.detached) {
    // After a clientError its listener left open, the peer's end closes
    // the connection, as in node.
    endSocket(this);
    return;
  }
  const n = conn.parser.finish();
  if (n < 0) {
    const err = common.parserError(conn.parser);
    clientError(conn, err);
    return;
  }
  if (conn.req !== null && !conn.req.complete) {
    conn.req.destroy();
  }
  // Responses still due are written first only with httpAllowHalfOpen;
  // otherwise the connection ends now, as in node.
  if (conn.unfinished === 0 || !conn.server.httpAllowHalfOpen) endSocket(this);
  else conn.peerEnded = true;
}

function onSocketError(err) {
  const conn = this[kConn];
  if (conn === undefined) return;
  if (conn.server.listenerCount('clientError') > 0 && !conn.detached) {
    conn.detached = true;
    conn.unconsume();
    conn.server.emit('clientError', err, this);
  } else {
    this.destroy();
  }
}

function onSocketTimeout() {
  const conn = this[kConn];
  if (conn === undefined) return;
  const server = conn.server;
  const res = this._httpMessage;
  let handled = false;
  if (conn.req !== null) handled = conn.req.emit('timeout', this) || handled;
  if (res) handled = res.emit('timeout', this) || handled;
  handled = server.emit('timeout', this) || handled;
  if (!handled) this.destroy();
}

function onSocketClose() {
  const conn = this[kConn];
  if (conn === undefined) return;
  conn.detached = true;
  conn.unconsume();
  conn.server._conns.delete(conn);
  if (conn.kaTimer !== null) {
    clearTimeout(conn.kaTimer);
    conn.kaTimer = null;
  }
  const req = conn.req;
  if (req !== null && !req.complete) abortRequest(req);
  const q = conn.responses;
  conn.responses = [];
  for (let i = 0; i < q.length; i++) abortResponse(q[i]);
  const fin = this[kFinishing];
  if (fin !== undefined) {
    while (fin.length > 0) abortResponse(fin.shift());
  }
  conn.link.conn = null;
}

// The connection went away before the response finished: the request is
// aborted (even if it arrived whole) and both sides close. A response the
// program destroyed itself (res.destroy()) gets here too when its socket
// closes: it is marked destroyed already, but not closed.
function abortResponse(res) {
  if (res._done || res._closed) return;
  res._closed = true;
  const req = res.req;
  if (req !== null) abortRequest(req);
  res.destroyed = true;
  res.emit('close');
}

// As in node, the request reads as destroyed by the time 'aborted' is
// emitted, and its ECONNRESET 'aborted' error (emitted a tick later, before
// 'close') goes only to a request that has an 'error' listener.
function abortRequest(req) {
  if (!req.destroyed) req.destroy(req.listenerCount('error') > 0 ? new ConnResetException('aborted') : undefined);
  if (!req.aborted) {
    req.aborted = true;
    req.emit('aborted');
  }
}

// ---- parser callbacks (this = conn.link) ------------------------------------

function onRequestHeaders(method, url, raw, major, minor, flags) {
  const conn = this.conn;
  if (conn === null) return 0;
  const server = conn.server;
  const socket = conn.socket;
  conn.headersDone = true;
  conn.requests++;
  const req = new server[kIncomingMessage](socket);
  req.method = method;
  req.url = url;
  req.rawHeaders = raw;
  req.httpVersionMajor = major;
  req.httpVersionMinor = minor;
  req.httpVersion = major === 1 && minor === 1 ? '1.1' : major + '.' + minor;
  req.joinDuplicateHeaders = server.joinDuplicateHeaders;
  if (server.maxHeadersCount > 0 && raw.length > server.maxHeadersCount * 2) {
    raw.length = server.maxHeadersCount * 2;
  }

  if ((flags & kUpgrade) !== 0) {
    const connect = method === 'CONNECT';
    // An upgrade the server declines is served as a plain request.
    if (connect ? server.listenerCount('connect') > 0 : server.shouldUpgradeCallback(req)) {
      req.upgrade = true;
      req.complete = true;
      conn.upgradeReq = req;
      conn.upgradeEvent = connect ? 'connect' : 'upgrade';
      return 0;
    }
    if (connect) {
      conn.detached = true;
      conn.unconsume();
      socket.destroy();
      return 0;
    }
  }

  // One pass over the names for the headers the server itself acts on.
  let hasHost = false;
  let expect;
  for (let i = 0; i < raw.length; i += 2) {
    const n = raw[i];
    if (n.length === 4) {
      // The parser hands common names over as the same string each time.
      if (n === 'Host' || common.lowerName(n) === 'host') hasHost = true;
    } else if (n.length === 6 && common.lowerName(n) === 'expect') {
      expect = raw[i + 1];
    }
  }

  const whole = (flags & kComplete) !== 0;
  if (whole) {
    req._bodyDone = true;
    conn.requestStart = 0;
  } else {
    conn.req = req;
  }

  const res = new server[kServerResponse](req);
  if (server._uniqueHeaders !== null) res._uniqueHeaders = server._uniqueHeaders;
  res._conn = conn;
  res.shouldKeepAlive = (flags & kKeepAlive) !== 0 && !conn.closing;
  if (server.maxRequestsPerSocket > 0 && conn.requests >= server.maxRequestsPerSocket) {
    res.shouldKeepAlive = false;
  }
  conn.unfinished++;
  conn.responses.push(res);
  if (conn.responses.length === 1) {
    conn.active = res;
    socket._httpMessage = res;
    res._attach(socket);
  }

  if (server.maxRequestsPerSocket > 0 && conn.requests > server.maxRequestsPerSocket) {
    // Past the limit: 'dropRequest' instead of 'request', and a 503.
    res._dropped = true;
    server.emit('dropRequest', req, socket);
    res.writeHead(503);
    res.end();
    if (whole) req.complete = true;
    return 0;
  }

  if (server.requireHostHeader && !hasHost && major === 1 && minor >= 1) {
    res.shouldKeepAlive = false;
    res.writeHead(400, ['Connection', 'close']);
    res.end();
    if (whole) req.complete = true;
    return 0;
  }

  if (expect !== undefined) {
    if (/^100-continue$/i.test(expect)) {
      res._expect100 = true;
      if (server.emit('checkContinue', req, res)) {
        if (whole) req.complete = true;
        return 0;
      }
      res.writeContinue();
    } else if (server.emit('checkExpectation', req, res)) {
      if (whole) req.complete = true;
      return 0;
    } else {
      res.writeHead(417);
      res.end();
      if (whole) req.complete = true;
      return 0;
    }
  }
  server.emit('request', req, res);
  // As in node, `complete` turns true after the 'request' handlers ran.
  if (whole) req.complete = true;
  if (socket.timeout > 0 && conn.handle !== null) timedSocket(conn);
  return 0;
}

// The socket got a timeout, which reads must refresh: the reads go through
// JS from now on, and the one that brought this request counts.
function timedSocket(conn) {
  conn.unconsume();
  conn.socket.setTimeout(conn.socket.timeout);
}

// `chunk`: the body bytes when the parser reads the handle natively;
// otherwise they are a range of the buffer being executed.
function onRequestBody(start, length, chunk) {
  const conn = this.conn;
  if (conn === null || conn.req === null) return;
  conn.req._body(chunk !== undefined ? chunk : conn.buf.subarray(start, start + length));
}

function onRequestComplete(trailers) {
  const conn = this.conn;
  if (conn === null) return false;
  conn.requestStart = 0;
  const req = conn.req;
  if (req !== null) {
    conn.req = null;
    req._finishBody(trailers);
  }
  return false;
}

function finishUpgrade(conn, head) {
  const socket = conn.socket;
  const req = conn.upgradeReq;
  conn.upgradeReq = null;
  conn.detached = true;
  conn.server._conns.delete(conn);
  socket.removeListener('data', onSocketData);
  socket.removeListener('end', onSocketEnd);
  socket.removeListener('error', onSocketError);
  socket.removeListener('close', onSocketClose);
  socket.removeListener('timeout', onSocketTimeout);
  conn.unconsume();
  if (conn.kaTimer !== null) clearTimeout(conn.kaTimer);
  socket[kConn] = undefined;
  conn.link.conn = null;
  // An upgrade taken (shouldUpgradeCallback) with nobody to handle it.
  if (!conn.server.emit(conn.upgradeEvent, req, socket, head)) socket.destroy();
}

// ---- timeouts ---------------------------------------------------------------

function ensureChecker(server) {
  if (server._checker !== null) return;
  if (!(server.headersTimeout > 0) && !(server.requestTimeout > 0)) return;
  server._checker = setInterval(checkConnections, server.connectionsCheckingInterval, server);
  if (typeof server._checker.unref === 'function') server._checker.unref();
}

function checkConnections(server) {
  const now = Date.now();
  const ht = server.headersTimeout;
  const rt = server.requestTimeout;
  for (const conn of server._conns) {
    const start = conn.pendingSince();
    if (start === 0 || conn.detached) continue;
    const age = now - start;
    const headersDone = conn.handle !== null ? conn.parser.headersDone() : conn.headersDone;
    if ((!headersDone && ht > 0 && age > ht) || (rt > 0 && age > rt)) {
      clientError(conn, new codes.ERR_HTTP_REQUEST_TIMEOUT());
    }
  }
}

// ---- Server -----------------------------------------------------------------

function storeOptions(server, options) {
  const IM = options.IncomingMessage || IncomingMessage;
  const SR = options.ServerResponse || ServerResponse;
  server[kIncomingMessage] = IM;
  server[kServerResponse] = SR;
  const num = (name, def) => {
    const v = options[name];
    if (v === undefined) return def;
    validateInteger(v, `options.${name}`, 0);
    return v;
  };
  server.maxHeaderSize = options.maxHeaderSize === undefined ? 16384 : num('maxHeaderSize', 16384);
  if (options.maxHeaderSize !== undefined && options.maxHeaderSize < 1) {
    throw new codes.ERR_OUT_OF_RANGE('options.maxHeaderSize', '>= 1', options.maxHeaderSize);
  }
  server.requestTimeout = num('requestTimeout', 300000);
  // Unset, headersTimeout follows a shorter requestTimeout, as in node.
  server.headersTimeout = num('headersTimeout', Math.min(60000, server.requestTimeout));
  server.keepAliveTimeout = num('keepAliveTimeout', 5000);
  server.connectionsCheckingInterval = num('connectionsCheckingInterval', 30000);
  if (server.requestTimeout > 0 && server.headersTimeout > 0 && server.headersTimeout > server.requestTimeout) {
    throw new codes.ERR_OUT_OF_RANGE('headersTimeout', '<= requestTimeout', server.headersTimeout);
  }
  const bool = (name, def) => {
    const v = options[name];
    if (v === undefined) return def;
    validateBoolean(v, `options.${name}`);
    return v;
  };
  server.insecureHTTPParser = bool('insecureHTTPParser', false);
  server.joinDuplicateHeaders = bool('joinDuplicateHeaders', false);
  server.requireHostHeader = bool('requireHostHeader', true);
  server.rejectNonStandardBodyWrites = bool('rejectNonStandardBodyWrites', false);
  server._uniqueHeaders = uniqueNames(options.uniqueHeaders);
  const shouldUpgrade = options.shouldUpgradeCallback ?? defaultShouldUpgrade;
  validateFunction(shouldUpgrade, 'options.shouldUpgradeCallback');
  server.shouldUpgradeCallback = shouldUpgrade;
  server.timeout = 0;
  server.maxHeadersCount = null;
  server.maxRequestsPerSocket = 0;
  server._conns = new Set();
  server._checker = null;
}

// this = the server: an upgrade is taken when someone listens for it.
function defaultShouldUpgrade() {
  return this.listenerCount('upgrade') > 0;
}

function Server(options, requestListener) {
  if (!(this instanceof Server)) return new Server(options, requestListener);
  if (typeof options === 'function') {
    requestListener = options;
    options = {};
  } else if (options === undefined || options === null) {
    options = {};
  } else {
    validateObject(options, 'options');
  }
  storeOptions(this, options);
  if (NetServer !== undefined) {
    const made = NetServer.call(this, {
      allowHalfOpen: true,
      noDelay: options.noDelay === undefined ? true : options.noDelay,
      highWaterMark: options.highWaterMark,
      keepAlive: options.keepAlive,
      keepAliveInitialDelay: options.keepAliveInitialDelay,
    });
    // A net.Server that insists on `new` hands back a fresh object: take its state.
    if (made !== undefined && made !== this) Object.assign(this, made);
  } else {
    EventEmitter.call(this);
  }
  if (requestListener !== undefined) {
    validateFunction(requestListener, 'requestListener');
    this.on('request', requestListener);
  }
  this.httpAllowHalfOpen = false;
  this.on('connection', connectionListener);
  this.on('listening', setupChecker);
}
const Base = NetServer !== undefined ? NetServer : EventEmitter;
Object.setPrototypeOf(Server.prototype, Base.prototype);
Object.setPrototypeOf(Server, Base);

function setupChecker() {
  ensureChecker(this);
}

Server.prototype.setTimeout = function setTimeout(msecs, callback) {
  this.timeout = msecs;
  if (callback) this.on('timeout', callback);
  return this;
};

Server.prototype.closeAllConnections = function closeAllConnections() {
  for (const conn of [...this._conns]) conn.socket.destroy();
};

Server.prototype.closeIdleConnections = function closeIdleConnections() {
  for (const conn of [...this._conns]) {
    if (conn.isIdle()) conn.socket.destroy();
  }
};

if (NetServer !== undefined) {
  Server.prototype.close = function close(cb) {
    if (this._checker !== null) {
      clearInterval(this._checker);
      this._checker = null;
    }
    this.closeIdleConnections();
    return NetServer.prototype.close.call(this, cb);
  };
} else {
  Server.prototype.close = function close(cb) {
    if (this._checker !== null) {
      clearInterval(this._checker);
      this._checker = null;
    }
    this.closeIdleConnections();
    const err = new codes.ERR_SERVER_NOT_RUNNING();
    if (typeof cb === 'function') process.nextTick(cb, err);
    process.nextTick(() => this.emit('close'));
    return this;
  };
}

Server.prototype[EventEmitter.captureRejectionSymbol] = function(err, event, ...args) {
  if (event === 'request') {
    const res = args[1];
    if (res._head === null && !res._ended) {
      for (const name of res.getHeaderNames()) res.removeHeader(name);
      res.statusCode = 500;
      res.end(STATUS_CODES[500]);
    } else {
      res.destroy();
    }
  } else {
    this.emit('error', err);
  }
};

function createServer(options, requestListener) {
  return new Server(options, requestListener);
}

module.exports = {
  Server,
  ServerResponse,
  createServer,
  connectionListener,
  kServerResponse,
  kIncomingMessage,
};
