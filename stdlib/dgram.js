'use strict';

// node:dgram: UDP sockets over internalBinding('udp') (runtime/bindings/
// udp_binding.cc). A socket binds lazily (send() on an unbound socket binds
// it to port 0 first); sends made before the bind completes wait in a queue.
// Multicast and the *Sync variants are not implemented.

const EventEmitter = require('events');
const { Buffer } = require('buffer');
const {
  validateFunction,
  validateNumber,
  validatePort,
  validateString,
} = require('internal/validators');
const { isIP } = require('internal/net/ip');
// internal/errors loads only when an error is thrown.
let errorsModule;
const errors = () => (errorsModule ??= require('internal/errors'));
let bindingObject;
const binding = () => (bindingObject ??= internalBinding('udp'));

const kUnbound = 0;
const kBinding = 1;
const kBound = 2;
const kClosed = 3;

const kOptBroadcast = 1;
const kOptTtl = 2;
const kOptRecvBuffer = 3;
const kOptSendBuffer = 4;

const kFamilyName = { 4: 'IPv4', 6: 'IPv6' };

function hostLookup(address, family, callback) {
  if (isIP(address) !== 0) {
    process.nextTick(callback, null, address);
    return;
  }
  require('dns').lookup(address, family, callback);
}

function toBuffer(chunk) {
  if (typeof chunk === 'string') return Buffer.from(chunk);
  if (ArrayBuffer.isView(chunk)) return Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
  throw new (errors().codes.ERR_INVALID_ARG_TYPE)('buffer', ['string', 'Buffer', 'TypedArray', 'DataView'], chunk);
}

class Socket extends EventEmitter {
  #id = 0;
  #family;
  #state = kUnbound;
  #queue = [];
  #flags = 0;
  #ref = true;
  #lookup = hostLookup;
  #bufferSizes;
  #connected = false;

  constructor(type, listener) {
    super();
    let options = type;
    if (typeof type === 'string') options = { type };
    else if (options === null || typeof options !== 'object') options = {};
    if (options.type !== 'udp4' && options.type !== 'udp6') throw new (errors().codes.ERR_SOCKET_BAD_TYPE)();
    this.#family = options.type === 'udp6' ? 6 : 4;
    if (options.lookup !== undefined) {
      validateFunction(options.lookup, 'options.lookup');
      this.#lookup = options.lookup;
    }
    this.#flags = (options.ipv6Only ? 1 : 0) | (options.reuseAddr ? 2 : 0) | (options.reusePort ? 4 : 0);
    this.#bufferSizes = [options.recvBufferSize, options.sendBufferSize];
    this.type = options.type;
    if (typeof listener === 'function') this.on('message', listener);
    const signal = options.signal;
    if (signal !== undefined) {
      if (signal.aborted) process.nextTick(() => this.close());
      else signal.addEventListener('abort', () => this.close(), { once: true });
    }
  }

  #healthy() {
    if (this.#state === kClosed) throw new (errors().codes.ERR_SOCKET_DGRAM_NOT_RUNNING)();
  }

  #fail(err) {
    this.emit('error', err);
  }

  bind(port, address, callback) {
    this.#healthy();
    if (this.#state !== kUnbound) throw new (errors().codes.ERR_SOCKET_ALREADY_BOUND)();
    if (port !== null && typeof port === 'object') {
      callback = address;
      address = port.address;
      port = port.port;
    } else if (typeof port === 'function') {
      callback = port;
      port = 0;
      address = undefined;
    }
    if (typeof address === 'function') {
      callback = address;
      address = undefined;
    }
    if (typeof callback === 'function') this.once('listening', callback);
    // Node binds a port it cannot use as a number to a free one.
    const wanted = +port;
    port = Number.isInteger(wanted) && wanted >= 0 && wanted <= 0xffff ? wanted : 0;
    if (address === undefined || address === null || address === '') {
      address = this.#family === 6 ? '::' : '0.0.0.0';
    } else {
      validateString(address, 'address');
    }
    this.#state = kBinding;
    this.#lookup(address, this.#family, (err, ip) => {
      if (this.#state !== kBinding) return;
      if (err) {
        this.#state = kUnbound;
        this.#fail(err);
        return;
      }
      this.#open();
      const status = binding().bind(this.#id, ip, port, this.#flags);
      if (status < 0) {
        this.#closeHandle();
        this.#state = kUnbound;
        this.#fail(new (errors().ExceptionWithHostPort)(status, 'bind', ip, port));
        return;
      }
      this.#state = kBound;
      this.#applyBufferSizes();
      binding().recvStart(this.#id, (nread, bytes, host, fromPort, family) => {
        if (nread < 0) {
          this.#fail(new (errors().ErrnoException)(nread, 'recvmsg'));
          return;
        }
        const message = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
        this.emit('message', message, { address: host, family: kFamilyName[family], port: fromPort, size: nread });
      });
      this.emit('listening');
      const waiting = this.#queue;
      this.#queue = [];
      for (const send of waiting) send();
    });
    return this;
  }

  #open() {
    if (this.#id !== 0) return;
    const id = binding().open(this.#family);
    if (id < 0) throw new (errors().ErrnoException)(id, 'socket');
    this.#id = id;
    if (!this.#ref) binding().ref(id, false);
  }

  #applyBufferSizes() {
    const [recv, send] = this.#bufferSizes;
    if (recv !== undefined) this.setRecvBufferSize(recv);
    if (send !== undefined) this.setSendBufferSize(send);
  }

  send(buffer, offset, length, port, address, callback) {
    if (this.#connected) return this.#sendConnected(buffer, offset, length, port);
    let list;
    if (typeof buffer === 'string' || ArrayBuffer.isView(buffer)) {
      list = [buffer];
    } else if (Array.isArray(buffer)) {
      list = buffer;
    } else {
      throw new (errors().codes.ERR_INVALID_ARG_TYPE)('buffer', ['string', 'Buffer', 'TypedArray', 'DataView'],
        buffer);
    }
    if (typeof offset === 'number' && typeof length === 'number' && list.length === 1 && typeof buffer !== 'string'
      && typeof port === 'number') {
      // send(buffer, offset, length, port[, address][, callback])
      validateNumber(offset, 'offset');
      validateNumber(length, 'length');
      list = [toBuffer(buffer).subarray(offset, offset + length)];
    } else {
      // send(msg, port[, address][, callback])
      callback = port;
      address = length;
      port = offset;
    }
    if (typeof address === 'function') {
      callback = address;
      address = undefined;
    }
    port = validatePort(port, 'Port', false);
    if (address === undefined || address === null) address = this.#family === 6 ? '::1' : '127.0.0.1';
    else validateString(address, 'address');
    if (callback !== undefined) validateFunction(callback, 'callback');
    this.#healthy();
    const data = Buffer.concat(list.map(toBuffer));
    const deliver = () => {
      this.#lookup(address, this.#family, (err, ip) => {
        if (this.#state === kClosed) return;
        let result = err;
        let sent = 0;
        if (!err) {
          const status = binding().send(this.#id, data, ip, port);
          if (status < 0) result = new (errors().ExceptionWithHostPort)(status, 'send', ip, port);
          else sent = status;
        }
        if (typeof callback === 'function') callback(result || null, sent);
        else if (result) this.#fail(result);
      });
    };
    if (this.#state === kUnbound) this.bind(0);
    if (this.#state === kBound) deliver();
    else this.#queue.push(deliver);
  }

  // send(msg[, offset, length][, callback]) on a connected socket.
  #sendConnected(buffer, offset, length, callback) {
    if (typeof offset === 'function') {
      callback = offset;
    } else if (typeof offset === 'number' && typeof length === 'number') {
      buffer = toBuffer(buffer).subarray(offset, offset + length);
    } else if (typeof length === 'function') {
      callback = length;
    }
    if (callback !== undefined) validateFunction(callback, 'callback');
    this.#healthy();
    const data = Buffer.concat((Array.isArray(buffer) ? buffer : [buffer]).map(toBuffer));
    process.nextTick(() => {
      if (this.#state === kClosed) return;
      const status = binding().send(this.#id, data, '', 0);
      const err = status < 0 ? new (errors().ErrnoException)(status, 'send') : null;
      if (typeof callback === 'function') callback(err, err ? 0 : status);
      else if (err) this.#fail(err);
    });
  }

  connect(port, address, callback) {
    port = validatePort(port, 'Port', false);
    if (typeof address === 'function') {
      callback = address;
      address = undefined;
    }
    if (address === undefined || address === null) address = this.#family === 6 ? '::1' : '127.0.0.1';
    else validateString(address, 'address');
    this.#healthy();
    if (this.#connected) throw new (errors().codes.ERR_SOCKET_DGRAM_IS_CONNECTED)();
    this.#connected = true;
    if (callback !== undefined) validateFunction(callback, 'callback');
    const finish = () => {
      this.#lookup(address, this.#family, (err, ip) => {
        if (this.#state === kClosed) return;
        const status = err ? 0 : binding().connect(this.#id, ip, port);
        if (err || status < 0) {
          this.#connected = false;
          this.#fail(err || new (errors().ExceptionWithHostPort)(status, 'connect', ip, port));
          return;
        }
        // The callback runs after the 'connect' listeners, as in node.
        this.emit('connect');
        if (callback !== undefined) callback();
      });
    };
    if (this.#state === kUnbound) this.bind(0);
    if (this.#state === kBound) finish();
    else this.#queue.push(finish);
  }

  disconnect() {
    this.#healthy();
    if (!this.#connected) throw new (errors().codes.ERR_SOCKET_DGRAM_NOT_CONNECTED)();
    const status = binding().connect(this.#id, '', 0);
    if (status < 0) throw new (errors().ErrnoException)(status, 'disconnect');
    this.#connected = false;
  }

  remoteAddress() {
    this.#healthy();
    if (!this.#connected || this.#state !== kBound) throw new (errors().codes.ERR_SOCKET_DGRAM_NOT_CONNECTED)();
    return this.#name(true, 'getpeername');
  }

  #name(peer, syscall) {
    const name = binding().name(this.#id, peer);
    if (typeof name === 'number') throw new (errors().ErrnoException)(name, syscall);
    return { address: name[0], family: kFamilyName[name[2]], port: name[1] };
  }

  #closeHandle() {
    if (this.#id === 0) return;
    binding().close(this.#id);
    this.#id = 0;
  }

  close(callback) {
    this.#healthy();
    if (typeof callback === 'function') this.once('close', callback);
    this.#closeHandle();
    this.#state = kClosed;
    this.#queue = [];
    process.nextTick(() => this.emit('close'));
    return this;
  }

  address() {
    this.#healthy();
    if (this.#state !== kBound) throw new (errors().ErrnoException)(-9, 'getsockname');
    return this.#name(false, 'getsockname');
  }

  ref() {
    this.#ref = true;
    if (this.#id !== 0) binding().ref(this.#id, true);
    return this;
  }

  unref() {
    this.#ref = false;
    if (this.#id !== 0) binding().ref(this.#id, false);
    return this;
  }

  #option(option, value, syscall) {
    this.#healthy();
    if (this.#state !== kBound) throw new (errors().ErrnoException)(-9, syscall);
    const status = value === undefined ? binding().getOption(this.#id, option)
      : binding().setOption(this.#id, option, value);
    if (status < 0) throw new (errors().ErrnoException)(status, syscall);
    return status;
  }

  setBroadcast(flag) {
    this.#option(kOptBroadcast, flag ? 1 : 0, 'setBroadcast');
  }

  setTTL(ttl) {
    validateNumber(ttl, 'ttl');
    this.#option(kOptTtl, ttl, 'setTTL');
    return ttl;
  }

  setRecvBufferSize(size) {
    this.#option(kOptRecvBuffer, size, 'setRecvBufferSize');
  }

  setSendBufferSize(size) {
    this.#option(kOptSendBuffer, size, 'setSendBufferSize');
  }

  getRecvBufferSize() {
    return this.#option(kOptRecvBuffer, undefined, 'getRecvBufferSize');
  }

  getSendBufferSize() {
    return this.#option(kOptSendBuffer, undefined, 'getSendBufferSize');
  }

  getSendQueueSize() {
    return 0;
  }

  getSendQueueCount() {
    return 0;
  }
}

function createSocket(type, listener) {
  return new Socket(type, listener);
}

// `await using`: closes the socket and settles on 'close'; a socket already
// closed settles at once. (Anonymous, as node's is.)
Socket.prototype[Symbol.asyncDispose] = function () {
  return new Promise((resolve) => {
    try {
      this.close(() => resolve());
    } catch {
      resolve();  // not running any more: nothing to dispose of
    }
  });
};

module.exports = { createSocket, Socket };
