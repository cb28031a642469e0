'use strict';
// http.Agent: pools client sockets per "host:port:localAddress[:family]"
// name. Busy sockets are in `sockets`, idle kept-alive ones in
// `freeSockets`, waiting requests in `requests`.

const EventEmitter = require('events');
const { validateNumber, validateOneOf, validateString } = require('internal/validators');

let net;
function getNet() {
  if (net === undefined) net = require('net');
  return net;
}

const kAgentName = Symbol('http.agentName');
const kFreeError = Symbol('http.freeSocketError');
const kQueuedOptions = Symbol('http.queuedOptions');
const kExpiresAt = Symbol('http.socketExpiresAt');

function Agent(options) {
  if (!(this instanceof Agent)) return new Agent(options);
  EventEmitter.call(this);
  const o = { __proto__: null, ...options };
  // As in node: the agent's connections send small writes at once (no
  // Nagle delay) unless told otherwise, and a request's path is not a
  // socket path.
  if (o.noDelay === undefined) o.noDelay = true;
  o.path = null;
  this.defaultPort = 80;
  this.protocol = 'http:';
  this.options = o;
  this.keepAliveMsecs = o.keepAliveMsecs || 1000;
  this.keepAlive = o.keepAlive || false;
  // How long before the server's advertised keep-alive timeout a free
  // socket counts as expired (see markExpiry); a bad value means the default.
  const margin = o.agentKeepAliveTimeoutBuffer;
  this.agentKeepAliveTimeoutBuffer = typeof margin === 'number' && margin >= 0 && margin !== Infinity ? margin : 1000;
  this.maxSockets = o.maxSockets || Agent.defaultMaxSockets;
  this.maxFreeSockets = o.maxFreeSockets || 256;
  this.maxTotalSockets = o.maxTotalSockets;
  if (this.maxTotalSockets !== undefined) validateNumber(this.maxTotalSockets, 'maxTotalSockets', 1);
  else this.maxTotalSockets = Infinity;
  this.scheduling = o.scheduling || 'lifo';
  validateOneOf(this.scheduling, 'scheduling', ['fifo', 'lifo']);
  this.totalSocketCount = 0;
  this.requests = { __proto__: null };
  this.sockets = { __proto__: null };
  this.freeSockets = { __proto__: null };
  this.on('free', onFree);
}
Object.setPrototypeOf(Agent.prototype, EventEmitter.prototype);
Object.setPrototypeOf(Agent, EventEmitter);

Agent.defaultMaxSockets = Infinity;

Agent.prototype.createConnection = function createConnection(...args) {
  return getNet().createConnection(...args);
};

Agent.prototype.getName = function getName(options = {}) {
  let name = options.host || 'localhost';
  name += ':';
  if (options.port) name += options.port;
  name += ':';
  if (options.localAddress) name += options.localAddress;
  if (options.family === 4 || options.family === 6) name += ':' + options.family;
  if (options.socketPath) name += ':' + options.socketPath;
  return name;
};

function listFor(table, name) {
  let l = table[name];
  if (l === undefined) l = table[name] = [];
  return l;
}

function removeFrom(table, name, socket) {
  const l = table[name];
  if (l === undefined) return false;
  const i = l.indexOf(socket);
  if (i < 0) return false;
  l.splice(i, 1);
  if (l.length === 0) delete table[name];
  return true;
}

Agent.prototype.addRequest = function addRequest(req, options, port, localAddress) {
  if (typeof options === 'string') options = { __proto__: null, host: options, port, localAddress };
  const opts = { __proto__: null, ...options, ...this.options };
  normalizeServerName(opts, req);
  const name = this.getName(opts);
  req[kAgentName] = name;
  const socket = takeFree(this, name);
  if (socket !== undefined) {
    this.reuseSocket(socket, req);
    listFor(this.sockets, name).push(socket);
    req.onSocket(socket);
    return;
  }
  const busy = this.sockets[name] ? this.sockets[name].length : 0;
  if (busy < this.maxSockets && this.totalSocketCount < this.maxTotalSockets) {
    this.createSocket(req, opts, (err, socket) => {
      if (err) req.onSocket(socket, err);
      else req.onSocket(socket);
    });
    return;
  }
  req[kQueuedOptions] = opts;
  listFor(this.requests, name).push(req);
};

function busyCount(agent, name) {
  const l = agent.sockets[name];
  return l === undefined ? 0 : l.length;
}

// The name of a queue whose first request may get a new socket now: the
// given name first, else (with maxTotalSockets reached before) any other.
function queueWithRoom(agent, name) {
  if (agent.totalSocketCount >= agent.maxTotalSockets) return undefined;
  if (agent.requests[name] !== undefined && busyCount(agent, name) < agent.maxSockets) return name;
  for (const other in agent.requests) {
    if (busyCount(agent, other) < agent.maxSockets) return other;
  }
  return undefined;
}

// A free socket for `name`, by the agent's scheduling. Sockets destroyed
// while free (their 'close' is still to come) are dropped, not reused.
function takeFree(agent, name) {
  const free = agent.freeSockets[name];
  let socket;
  while (free !== undefined && free.length > 0 && socket === undefined) {
    const s = agent.scheduling === 'fifo' ? free.shift() : free.pop();
    if (!s.destroyed && !(s[kExpiresAt] <= Date.now())) {
      socket = s;
    } else {
      agent.totalSocketCount--;
      s.destroy();
    }
  }
  if (free !== undefined && free.length === 0) delete agent.freeSockets[name];
  return socket;
}

function normalizeServerName(opts, req) {
  if (opts.host === undefined || opts.host === null) opts.host = req.host || 'localhost';
  // A Host header given as an option names the server (for TLS): a string.
  const headers = opts.headers;
  if (headers && !Array.isArray(headers) && headers.host !== undefined) {
    validateString(headers.host, 'options.headers.host');
  }
}

// Whether `req` waits in `requests` for a socket. A request destroyed
// there stays until its turn comes; it is skipped then (nextWaiting).
Agent.prototype._isQueued = function _isQueued(req) {
  const name = req[kAgentName];
  const waiting = name === undefined ? undefined : this.requests[name];
  return waiting !== undefined && waiting.includes(req);
};

// The first request of `name`'s queue that still wants a socket; destroyed
// ones before it leave the queue.
function nextWaiting(agent, name) {
  const waiting = agent.requests[name];
  let req;
  while (waiting !== undefined && waiting.length > 0 && req === undefined) {
    const r = waiting.shift();
    if (!r.destroyed) req = r;
  }
  if (waiting !== undefined && waiting.length === 0) delete agent.requests[name];
  return req;
}

Agent.prototype.createSocket = function createSocket(req, options, cb) {
  const opts = { __proto__: null, ...options, ...this.options };
  // The request's own timeout is the new socket's; the agent's is the default.
  if (options.timeout !== undefined) opts.timeout = options.timeout;
  // The request's signal aborts the request, not the connection.
  delete opts.signal;
  if (this.keepAlive) {
    opts.keepAlive = true;
    opts.keepAliveInitialDelay = this.keepAliveMsecs;
  }
  const name = this.getName(opts);
  opts._agentKey = name;
  // net reads `path` as a Unix socket path; the request's path is not one.
  if (opts.socketPath) opts.path = opts.socketPath;
  else delete opts.path;
  opts.encoding = null;
  let called = false;
  const done = (err, socket) => {
    if (called) return;
    called = true;
    if (err) {
      cb(err);
      return;
    }
    this.installSocket(socket, name, opts);
    cb(null, socket);
  };
  const made = this.createConnection(opts, done);
  if (made) done(null, made);
};

Agent.prototype.installSocket = function installSocket(socket, name, opts) {
  this.totalSocketCount++;
  listFor(this.sockets, name).push(socket);
  socket._agentName = name;
  const agent = this;
  const onClose = () => {
    agent.removeSocket(socket, opts);
  };
  const onIdleTimeout = () => {
    // A free socket that times out is closed; a busy one is the request's business.
    const free = agent.freeSockets[name];
    if (free !== undefined && free.includes(socket)) socket.destroy();
  };
  const onRemove = () => {
    agent.removeSocket(socket, opts);
    socket.removeListener('close', onClose);
    socket.removeListener('timeout', onIdleTimeout);
    socket.removeListener('agentRemove', onRemove);
  };
  socket.on('close', onClose);
  socket.on('timeout', onIdleTimeout);
  socket.on('agentRemove', onRemove);
  socket._agentOptions = opts;
};

Agent.prototype.removeSocket = function removeSocket(socket, options) {
  const name = socket._agentName || this.getName(options);
  let found = removeFrom(this.sockets, name, socket);
  if (removeFrom(this.freeSockets, name, socket)) found = true;
  if (found) this.totalSocketCount--;
  let req;
  let next;
  while (req === undefined) {
    next = queueWithRoom(this, name);
    if (next === undefined) return;
    req = nextWaiting(this, next);
  }
  // The new socket reaches the queue as any socket that becomes free does:
  // through 'free' (the request stays first in line until then).
  listFor(this.requests, next).unshift(req);
  const opts = req[kQueuedOptions] || options || socket._agentOptions;
  this.createSocket(req, opts, (err, s) => {
    if (!err) {
      this.emit('free', s, opts);
      return;
    }
    const waiting = this.requests[next];
    const i = waiting === undefined ? -1 : waiting.indexOf(req);
    if (i >= 0) waiting.splice(i, 1);
    if (waiting !== undefined && waiting.length === 0) delete this.requests[next];
    req.onSocket(s, err);
  });
};

// 'free': a socket's response is done and the connection may be reused.
function onFree(socket, options) {
  const name = socket._agentName || this.getName(options);
  if (socket.destroyed) return;
  // A busy socket handed straight to the next request in line (that
  // request's reusedSocket stays false, as in node).
  const req = nextWaiting(this, name);
  if (req !== undefined) {
    req.onSocket(socket);
    return;
  }
  const free = this.freeSockets[name];
  const nFree = free === undefined ? 0 : free.length;
  // With maxTotalSockets reached, requests queued for other names need this
  // socket's place more than the pool needs the socket.
  let othersWait = false;
  if (this.totalSocketCount >= this.maxTotalSockets) {
    for (const other in this.requests) othersWait = true;
  }
  if (!this.keepAlive || othersWait || nFree >= this.maxFreeSockets || !this.keepSocketAlive(socket)) {
    socket.destroy();
    return;
  }
  removeFrom(this.sockets, name, socket);
  listFor(this.freeSockets, name).push(socket);
  // No request listens to a free socket: an error on it takes it out of the
  // pool at once (a request made right after must not get it) and closes it.
  if (socket[kFreeError] === undefined) {
    const agent = this;
    socket[kFreeError] = function onFreeSocketError() {
      socket.removeListener('error', onFreeSocketError);
      socket[kFreeError] = undefined;
      agent.removeSocket(socket, options);
      socket.destroy();
    };
  }
  socket.on('error', socket[kFreeError]);
}

// A response's `Keep-Alive: timeout=N` says how long the server keeps the
// connection: the socket is not reused after N seconds less the agent's
// margin (a request sent then could meet the server's close).
function markExpiry(agent, socket, keepAliveHeader) {
  socket[kExpiresAt] = undefined;
  if (typeof keepAliveHeader !== 'string') return;
  const m = /(?:^|[,;\s])timeout=(\d+)/i.exec(keepAliveHeader);
  if (m !== null) socket[kExpiresAt] = Date.now() + Number(m[1]) * 1000 - agent.agentKeepAliveTimeoutBuffer;
}

Agent.prototype.keepSocketAlive = function keepSocketAlive(socket) {
  if (typeof socket.setKeepAlive === 'function') socket.setKeepAlive(true, this.keepAliveMsecs);
  if (typeof socket.unref === 'function') socket.unref();
  const t = this.options.timeout;
  if (typeof socket.setTimeout === 'function') socket.setTimeout(t > 0 ? t : 0);
  return true;
};

Agent.prototype.reuseSocket = function reuseSocket(socket, req) {
  removeFrom(this.freeSockets, socket._agentName, socket);
  if (socket[kFreeError] !== undefined) socket.removeListener('error', socket[kFreeError]);
  req.reusedSocket = true;
  if (typeof socket.ref === 'function') socket.ref();
};

Agent.prototype.destroy = function destroy() {
  for (const table of [this.freeSockets, this.sockets]) {
    for (const name of Object.keys(table)) {
      for (const s of table[name].slice()) s.destroy();
    }
  }
};

let globalAgent = new Agent({ keepAlive: true, scheduling: 'lifo', timeout: 5000 });

module.exports = {
  Agent,
  get globalAgent() { return globalAgent; },
  setGlobalAgent(v) { globalAgent = v; },
  kAgentName,
  markExpiry,
};
