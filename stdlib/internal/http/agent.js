'use strict';
// http.Agent: pools client sockets per "host:port:localAddress[:family]"
// name. Busy sockets are in `sockets`, idle kept-alive ones in
// `freeSockets`, waiting requests in `requests`.

const EventEmitter = require('events');
const { validateNumber, validateOneOf } = require('internal/validators');

let net;
function getNet() {
  if (net === undefined) net = require('net');
  return net;
}

const kAgentName = Symbol('http.agentName');

function Agent(options) {
  if (!(this instanceof Agent)) return new Agent(options);
  EventEmitter.call(this);
  const o = { __proto__: null, ...options };
  this.defaultPort = 80;
  this.protocol = 'http:';
  this.options = o;
  this.keepAliveMsecs = o.keepAliveMsecs || 1000;
  this.keepAlive = o.keepAlive || false;
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
  const free = this.freeSockets[name];
  if (free !== undefined && free.length > 0) {
    const socket = this.scheduling === 'fifo' ? free.shift() : free.pop();
    if (free.length === 0) delete this.freeSockets[name];
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
  listFor(this.requests, name).push(req);
};

function normalizeServerName(opts, req) {
  if (opts.host === undefined || opts.host === null) opts.host = req.host || 'localhost';
}

Agent.prototype.createSocket = function createSocket(req, options, cb) {
  const opts = { __proto__: null, ...options, ...this.options };
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
  const waiting = this.requests[name];
  if (waiting !== undefined && waiting.length > 0) {
    const busy = this.sockets[name] ? this.sockets[name].length : 0;
    if (busy < this.maxSockets && this.totalSocketCount < this.maxTotalSockets) {
      const req = waiting.shift();
      if (waiting.length === 0) delete this.requests[name];
      this.createSocket(req, options || socket._agentOptions, (err, s) => {
        if (err) req.onSocket(s, err);
        else req.onSocket(s);
      });
    }
  }
};

// 'free': a socket's response is done and the connection may be reused.
function onFree(socket, options) {
  const name = socket._agentName || this.getName(options);
  if (socket.destroyed) return;
  const waiting = this.requests[name];
  if (waiting !== undefined && waiting.length > 0) {
    const req = waiting.shift();
    if (waiting.length === 0) delete this.requests[name];
    this.reuseSocket(socket, req);
    req.onSocket(socket);
    return;
  }
  const free = this.freeSockets[name];
  const nFree = free === undefined ? 0 : free.length;
  if (!this.keepAlive || nFree >= this.maxFreeSockets || !this.keepSocketAlive(socket)) {
    socket.destroy();
    return;
  }
  removeFrom(this.sockets, name, socket);
  listFor(this.freeSockets, name).push(socket);
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
};
