'use strict';
// MessageChannel, MessagePort, MessageEvent and BroadcastChannel within one
// thread (Jolt has no workers yet). Written from the HTML standard and
// Node's documented and observed behaviour.
//
// Each end of a channel is an `Endpoint` record; the MessagePort object is
// only its face, so a port sent in a transfer list gets a new face on the
// receiving side while the record (inbox, peer) moves along. A message is
// cloned when it is posted and put in the receiver's inbox; every message
// that becomes deliverable adds its endpoint to one process-wide FIFO. The
// loop drains that FIFO in its poll phase (internalBinding('messaging')),
// one message per call so ticks and promise jobs run between messages, as in
// Node: after the timers of an iteration, before its immediates.

const { codes } = require('internal/errors');
const { ERR_MISSING_ARGS, ERR_INVALID_ARG_TYPE, ERR_INVALID_THIS, ERR_CONSTRUCT_CALL_INVALID } = codes;
const {
  Event, CustomEvent, EventTarget, defineOnEventAttribute, defineTag, makeEnumerable, kListenerCountHook,
  getTargetListeners, isEventTarget,
} = require('internal/event_target');
const { structuredClone, kClone } = require('internal/structured_clone');
const types = require('internal/util/types');

const customInspect = Symbol.for('nodejs.util.inspect.custom');

let binding;
function loopSide() {
  if (binding === undefined) {
    binding = internalBinding('messaging');
    binding.setDeliverCallback(deliverOne);
  }
  return binding;
}

function domError(message, name) {
  const { DOMException } = require('internal/dom_exception');
  return new DOMException(message, name);
}

// ---- the delivery rounds ------------------------------------------------------

// Node gives every port its own loop wake-up, and the loop visits the
// signalled ones in the order the ports were made. Here the endpoints are
// kept in that order (a set keeps insertion order), each with a `pending`
// flag. A round walks a snapshot of the set: a pending endpoint delivers its
// inbox, including messages that arrive meanwhile (up to a bound, so a port
// answering itself forever lets the loop turn); an endpoint signalled after
// the walk passed it, or made during the round, waits for the next round.
const endpoints = new Set();
let wakeAsked = false;
const kPortLimit = 1000;

// The walk in progress: snapshot, index, messages left for the current one.
let walk = null;

function signal(endpoint) {
  endpoint.pending = true;
  if (!wakeAsked) {
    wakeAsked = true;
    loopSide().wake();
  }
}

// Called by the loop until it returns false; each call delivers at most
// one message, so ticks and promise jobs run between messages.
function deliverOne() {
  if (walk === null) {
    wakeAsked = false;
    walk = { list: [...endpoints], index: 0, left: -1 };
  }
  while (walk.index < walk.list.length) {
    const endpoint = walk.list[walk.index];
    if (walk.left === -1) {
      if (!endpoint.pending) {
        walk.index++;
        continue;
      }
      endpoint.pending = false;
      walk.left = Math.max(endpoint.inbox.length, kPortLimit);
    }
    if (walk.left > 0 && endpoint.canDeliver()) {
      walk.left--;
      endpoint.deliverNext();
      return true;
    }
    // Whatever is left over (the bound was reached) is for a later round.
    if (endpoint.canDeliver()) signal(endpoint);
    walk.left = -1;
    walk.index++;
  }
  walk = null;
  return false;
}

// ---- keeping the process alive -------------------------------------------------

// Endpoints that hold the loop open (listening, referenced, not closed);
// the set also keeps them from being collected meanwhile.
const holding = new Set();

function updateHold(endpoint) {
  const hold = endpoint.refed && !endpoint.closed;
  const had = holding.has(endpoint);
  if (hold === had) return;
  if (hold) holding.add(endpoint); else holding.delete(endpoint);
  if (holding.size === (hold ? 1 : 0)) loopSide().setRef(hold);
}

// ---- endpoints -----------------------------------------------------------------

class Endpoint {
  constructor(face) {
    this.face = face;
    this.peer = null;
    this.inbox = [];
    this.started = false;
    this.closed = false;
    this.refed = false;
    this.closeEmitted = false;
    this.pending = false;
    this.closeAfterInbox = false;
    this.draining = false;
    endpoints.add(this);
  }

  receive(message) {
    if (this.closed) return;
    this.inbox.push(message);
    if (this.started) signal(this);
  }

  start() {
    if (this.started || this.closed) return;
    this.started = true;
    if (this.inbox.length > 0 || this.closeAfterInbox) signal(this);
  }

  stop() {
    this.started = false;
  }

  // Messages need a started port; the close a peer asked for comes after
  // them, or at once when the port is not started.
  canDeliver() {
    if (this.closed) return this.draining && this.started && this.inbox.length > 0;
    if (this.started && this.inbox.length > 0) return true;
    return this.closeAfterInbox;
  }

  deliverNext() {
    if (!this.started || this.inbox.length === 0) {
      this.close();
      return;
    }
    const { data, ports } = this.inbox.shift();
    const face = this.face;
    const event = new MessageEvent('message', { data, ports });
    face.dispatchEvent(event);
  }

  close() {
    if (this.closed) return;
    const peer = this.peer;
    this.closed = true;
    // Closed from one of its own message listeners, the port still emits
    // what was already queued, as in Node.
    this.draining = walk !== null && walk.list[walk.index] === this;
    if (!this.draining) this.inbox.length = 0;
    this.peer = null;
    endpoints.delete(this);
    updateHold(this);
    emitClose(this);
    if (peer !== null) {
      peer.peer = null;
      // The peer still gets what was already sent to it, then 'close'.
      peer.closeWhenDrained();
    }
  }

  // The peer hears of a close in a later delivery round, as in Node
  // (where the other side's close is not synchronous).
  closeWhenDrained() {
    this.closeAfterInbox = true;
    signal(this);
  }

}

// 'close' comes in the close phase of the loop in Node, after the
// immediates of the iteration: an immediate that queues another one gets
// there (approximately).
function emitClose(endpoint) {
  setImmediate(() => setImmediate(() => {
    if (endpoint.closeEmitted) return;
    endpoint.closeEmitted = true;
    const face = endpoint.face;
    if (face !== null) face.dispatchEvent(new MessagePortCloseEvent());
  }));
}

class MessagePortCloseEvent extends Event {
  constructor() {
    super('close');
  }
}

// ---- EventEmitter-style methods on a target ------------------------------------

// Node's MessagePort (and other targets of Node's own) also offer on/once/
// off/emit. A listener added with on() gets the message data for 'message'
// and 'messageerror', the event for other types.
const emitterWrappers = new WeakMap();
const emitted = new WeakSet();  // events made by emit()  // target -> Map(type -> Map(fn -> wrapper))

function wrapperTable(target, type) {
  let byType = emitterWrappers.get(target);
  if (byType === undefined) {
    byType = new Map();
    emitterWrappers.set(target, byType);
  }
  let table = byType.get(type);
  if (table === undefined) {
    table = new Map();
    byType.set(type, table);
  }
  return table;
}

function addEmitterListener(target, type, listener, once) {
  if (typeof listener !== 'function') throw new ERR_INVALID_ARG_TYPE('listener', 'Function', listener);
  const table = wrapperTable(target, `${type}`);
  if (table.has(listener)) return target;
  const givesData = type === 'message' || type === 'messageerror';
  const wrapper = function(event) {
    if (once) removeEmitterListener(target, type, listener);
    let arg = event;
    if (givesData) arg = event.data;
    else if (emitted.has(event)) arg = event.detail;
    return Reflect.apply(listener, target, [arg]);
  };
  table.set(listener, wrapper);
  target.addEventListener(type, wrapper);
  return target;
}

function removeEmitterListener(target, type, listener) {
  const table = wrapperTable(target, `${type}`);
  const wrapper = table.get(listener);
  if (wrapper === undefined) return target;
  table.delete(listener);
  target.removeEventListener(type, wrapper);
  return target;
}

class EmitterStyleTarget extends EventTarget {
  on(type, listener) { return addEmitterListener(this, type, listener, false); }
  addListener(type, listener) { return addEmitterListener(this, type, listener, false); }
  once(type, listener) { return addEmitterListener(this, type, listener, true); }
  off(type, listener) { return removeEmitterListener(this, type, listener); }
  removeListener(type, listener) { return removeEmitterListener(this, type, listener); }

  // emit(type, arg): listeners added with on() get `arg`, the others an
  // event carrying it (as `data` for message events, else as `detail`).
  emit(type, arg) {
    const name = `${type}`;
    let event;
    if (name === 'message' || name === 'messageerror') {
      event = new MessageEvent(name, { data: arg });
    } else {
      event = new CustomEvent(name, { detail: arg });
      emitted.add(event);
    }
    return this.dispatchEvent(event);
  }

  removeAllListeners(type) {
    const byType = emitterWrappers.get(this);
    if (byType === undefined) return this;
    const types = type === undefined ? [...byType.keys()] : [`${type}`];
    for (const t of types) {
      for (const listener of [...(byType.get(t)?.keys() ?? [])]) removeEmitterListener(this, t, listener);
    }
    return this;
  }

  eventNames() {
    const names = [];
    for (const t of ['message', 'messageerror', 'close']) {
      if (getTargetListeners(this, t).length > 0) names.push(t);
    }
    return names;
  }

  listenerCount(type) {
    return getTargetListeners(this, `${type}`).length;
  }

  setMaxListeners(n) {
    require('events').setMaxListeners(n, this);
  }

  getMaxListeners() {
    const events = require('events');
    return this[events.kMaxEventTargetListeners] ?? events.defaultMaxListeners;
  }
}
Object.defineProperty(EmitterStyleTarget, 'name', { __proto__: null, value: 'EventTarget' });

// ---- MessagePort ---------------------------------------------------------------

let endpointOf;
let allowConstruct = false;

function makePort(endpoint) {
  allowConstruct = true;
  let port;
  try {
    port = new MessagePortImpl();
  } finally {
    allowConstruct = false;
  }
  endpointOf.set(port, endpoint);
  endpoint.face = port;
  return port;
}

function illegalInvocation() {
  return new TypeError('Illegal invocation');
}

function portEndpoint(value) {
  const endpoint = typeof value === 'object' && value !== null ? endpointOf.get(value) : undefined;
  if (endpoint === undefined) throw illegalInvocation();
  return endpoint;
}

// During one postMessage: transferred port -> its endpoint, read by the
// clone hook of MessagePort.
let transferring = null;

// The transfer list of postMessage(value, transferList | { transfer }).
function readTransfer(arg) {
  if (arg === undefined || arg === null) return [];
  if (typeof arg !== 'object' && typeof arg !== 'function') throw transferTypeError();
  if (typeof arg[Symbol.iterator] === 'function') {
    // An iterable whose iterator is broken is read as an options object.
    try {
      return [...arg];
    } catch (err) {
      if (!(err instanceof TypeError)) throw err;
    }
  }
  const list = arg.transfer;
  if (list === undefined) return [];
  if (list === null || typeof list !== 'object' || typeof list[Symbol.iterator] !== 'function') {
    throw transferTypeError('options.transfer');
  }
  // An iterator that is not one (next missing, results not objects) is the
  // same argument error as a non-iterable.
  try {
    return [...list];
  } catch (err) {
    if (err instanceof TypeError) throw transferTypeError('options.transfer');
    throw err;
  }
}

function transferTypeError(what = 'transferList') {
  const err = new TypeError(`Optional ${what} argument must be an iterable`);
  err.code = 'ERR_INVALID_ARG_TYPE';
  return err;
}

const { untransferable } = require('internal/util');
const uncloneable = new WeakSet();

// The face a transferred port gets on the receiving side; made once per
// postMessage, while the message is cloned or after it.
function newFace(port) {
  const entry = transferring?.get(port);
  if (entry === undefined) {
    throw domError('Object that needs transfer was found in message but not listed in transferList',
                   'DataCloneError');
  }
  if (entry.face === null) {
    allowConstruct = true;
    try {
      entry.face = new MessagePortImpl();
    } finally {
      allowConstruct = false;
    }
  }
  return entry.face;
}

// Clones `value` for one receiver; ports in `transfer` move with it (their
// old faces go dead once the clone has succeeded).
function cloneMessage(value, transfer, sender) {
  const buffers = [];
  const ports = new Map();  // old face -> { endpoint, face }
  for (const item of transfer) {
    const endpoint = typeof item === 'object' && item !== null ? endpointOf.get(item) : undefined;
    if (endpoint !== undefined) {
      if (endpoint === sender) throw domError('Transfer list contains source port', 'DataCloneError');
      if (endpoint.closed) throw domError('MessagePort in transfer list is already detached', 'DataCloneError');
      if (ports.has(item)) throw domError('Transfer list contains duplicate MessagePort', 'DataCloneError');
      ports.set(item, { endpoint, face: null });
    } else if (types.isArrayBuffer(item) && untransferable.has(item)) {
      throw domError('Cannot transfer object of unsupported type.', 'DataCloneError');
    } else {
      buffers.push(item);
    }
  }
  if (value !== null && typeof value === 'object' && uncloneable.has(value)) {
    throw domError('Cannot clone object of unsupported type.', 'DataCloneError');
  }
  const outer = transferring;
  transferring = ports;
  let data;
  const moved = [];
  try {
    data = structuredClone(value, { transfer: buffers });
    for (const old of ports.keys()) moved.push(newFace(old));
  } finally {
    transferring = outer;
  }
  for (const [old, entry] of ports) {
    // The old face stays a port, closed and unconnected: posting on it
    // does nothing, as in Node.
    const dead = new Endpoint(old);
    dead.closed = true;
    dead.closeEmitted = true;
    endpoints.delete(dead);
    endpointOf.set(old, dead);
    endpointOf.set(entry.face, entry.endpoint);
    entry.endpoint.face = entry.face;
    entry.endpoint.started = false;
    entry.endpoint.refed = false;
    endpoints.delete(entry.endpoint);
    endpoints.add(entry.endpoint);
    updateHold(entry.endpoint);
  }
  return { data, ports: moved };
}

class MessagePortImpl extends EmitterStyleTarget {
  static {
    endpointOf = new WeakMap();
  }

  constructor() {
    if (!allowConstruct) {
      throw new ERR_CONSTRUCT_CALL_INVALID();
    }
    super();
  }

  static get name() { return 'MessagePort'; }

  postMessage(message, transfer = undefined) {
    const endpoint = portEndpoint(this);
    if (arguments.length === 0) {
      const err = new TypeError('Not enough arguments to MessagePort.postMessage');
      err.code = 'ERR_MISSING_ARGS';
      throw err;
    }
    const list = readTransfer(transfer);
    const cloned = cloneMessage(message, list, endpoint);
    if (endpoint.closed || endpoint.peer === null) return undefined;
    if (cloned.ports.some((face) => endpointOf.get(face) === endpoint.peer)) {
      // The receiving port went inside the message: nobody can read it.
      process.emitWarning('The target port was posted to itself, and the communication channel was lost');
      endpoint.close();
      return true;
    }
    endpoint.peer.receive(cloned);
    return true;
  }

  start() {
    portEndpoint(this).start();
  }

  close(callback = undefined) {
    if (typeof callback === 'function') this.addEventListener('close', () => callback(), { once: true });
    const endpoint = endpointOf.get(this);
    if (endpoint !== undefined) endpoint.close();
  }

  ref() {
    const endpoint = endpointOf.get(this);
    if (endpoint === undefined) return;
    endpoint.refed = true;
    updateHold(endpoint);
  }

  unref() {
    const endpoint = endpointOf.get(this);
    if (endpoint === undefined) return;
    endpoint.refed = false;
    updateHold(endpoint);
  }

  hasRef() {
    const endpoint = endpointOf.get(this);
    return endpoint !== undefined && endpoint.refed;
  }

  // A message listener starts the port and holds the process; the last one
  // going away lets it go again.
  [kListenerCountHook](type, count) {
    if (type !== 'message') return;
    const endpoint = endpointOf.get(this);
    if (endpoint === undefined) return;
    if (count > 0) endpoint.start(); else endpoint.stop();
    endpoint.refed = count > 0;
    updateHold(endpoint);
  }

  [kClone]() {
    const endpoint = transferring?.get(this);
    if (endpoint === undefined) {
      throw domError('Object that needs transfer was found in message but not listed in transferList',
                     'DataCloneError');
    }
    return newFace(this);
  }

  [customInspect](depth, options) {
    const endpoint = endpointOf.get(this);
    if (endpoint === undefined) return this;
    if (depth < 0) return 'MessagePort';
    const { inspect } = require('internal/util/inspect');
    const fields = { active: !endpoint.closed, refed: endpoint.refed };
    return `MessagePort [EventTarget] ${inspect(fields, options)}`;
  }
}

// The public constructor: ports only come from a MessageChannel (or a
// transfer), so it throws whether called with `new` or without; it shares
// the prototype of the class that really makes them.
function MessagePort() {
  throw new ERR_CONSTRUCT_CALL_INVALID();
}
MessagePort.prototype = MessagePortImpl.prototype;
Object.defineProperty(MessagePortImpl.prototype, 'constructor', {
  __proto__: null, value: MessagePort, writable: true, enumerable: false, configurable: true,
});
Object.setPrototypeOf(MessagePort, EmitterStyleTarget);

defineOnEventAttribute(MessagePort.prototype, 'message');
defineOnEventAttribute(MessagePort.prototype, 'messageerror');
// onmessage starts the port: its slot is a message listener.

// ---- MessageChannel ------------------------------------------------------------

// A function rather than a class: called without `new` it throws Node's
// error, not the engine's.
function MessageChannel() {
  if (new.target === undefined) {
    const err = new TypeError('Cannot call constructor without `new`');
    err.code = 'ERR_CONSTRUCT_CALL_REQUIRED';
    throw err;
  }
  const a = new Endpoint(null);
  const b = new Endpoint(null);
  a.peer = b;
  b.peer = a;
  this.port1 = makePort(a);
  this.port2 = makePort(b);
}

// ---- MessageEvent --------------------------------------------------------------

let eventFields;

class MessageEvent extends Event {
  #data;
  #origin;
  #lastEventId;
  #source;
  #ports;

  static {
    eventFields = (e) => (#data in e ? e : undefined);
  }

  constructor(type, init = undefined) {
    if (arguments.length === 0) throw new TypeError('MessageEvent constructor: 1 argument required, but 0 found.');
    super(type, init);
    const dict = init ?? {};
    const source = dict.source ?? null;
    if (source !== null && !endpointOf.has(source) && !isEventTarget(source)) {
      throw new TypeError('MessageEvent constructor: Expected eventInitDict.source ' +
        `("${source}") to be an instance of MessagePort.`);
    }
    let ports = [];
    if (dict.ports !== undefined) {
      if (dict.ports === null || typeof dict.ports[Symbol.iterator] !== 'function') {
        throw new TypeError(`MessageEvent constructor: eventInitDict.ports (${String(dict.ports)}) is not iterable.`);
      }
      ports = [...dict.ports];
    }
    this.#data = dict.data === undefined ? null : dict.data;
    this.#origin = dict.origin === undefined ? '' : `${dict.origin}`;
    this.#lastEventId = dict.lastEventId === undefined ? '' : `${dict.lastEventId}`;
    this.#source = source;
    this.#ports = Object.freeze(ports);
  }

  get data() { return checkMessageEvent(this).#data; }
  get origin() { return checkMessageEvent(this).#origin; }
  get lastEventId() { return checkMessageEvent(this).#lastEventId; }
  get source() { return checkMessageEvent(this).#source; }
  get ports() { return checkMessageEvent(this).#ports; }
}

function checkMessageEvent(value) {
  if (value === null || typeof value !== 'object' || eventFields(value) === undefined) {
    throw new ERR_INVALID_THIS('MessageEvent');
  }
  return value;
}

makeEnumerable(MessageEvent.prototype, ['data', 'origin', 'lastEventId', 'source', 'ports']);
defineTag(MessageEvent.prototype, 'MessageEvent');

// ---- BroadcastChannel ----------------------------------------------------------

const channelsByName = new Map();  // name -> Set of endpoints

class ChannelEndpoint extends Endpoint {
  constructor(face, name) {
    super(face);
    this.name = name;
    this.started = true;
  }

  close() {
    if (this.closed) return;
    this.closed = true;
    this.inbox.length = 0;
    endpoints.delete(this);
    const set = channelsByName.get(this.name);
    set.delete(this);
    if (set.size === 0) channelsByName.delete(this.name);
    updateHold(this);
  }
}

let channelOf;

function channelEndpoint(value) {
  const endpoint = typeof value === 'object' && value !== null ? channelOf.get(value) : undefined;
  if (endpoint === undefined) throw new ERR_INVALID_THIS('BroadcastChannel');
  return endpoint;
}

class BroadcastChannel extends EventTarget {
  static {
    channelOf = new WeakMap();
  }

  constructor(name) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('name');
    super();
    const key = `${name}`;
    const endpoint = new ChannelEndpoint(this, key);
    channelOf.set(this, endpoint);
    let set = channelsByName.get(key);
    if (set === undefined) {
      set = new Set();
      channelsByName.set(key, set);
    }
    set.add(endpoint);
  }

  get name() { return channelEndpoint(this).name; }

  close() {
    channelEndpoint(this).close();
  }

  postMessage(message) {
    const endpoint = channelEndpoint(this);
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('message');
    if (endpoint.closed) throw domError('BroadcastChannel is closed.', 'InvalidStateError');
    const first = cloneMessage(message, [], endpoint);
    for (const other of channelsByName.get(endpoint.name)) {
      if (other === endpoint) continue;
      other.receive({ data: structuredClone(first.data), ports: [] });
    }
  }

  ref() {
    const endpoint = channelEndpoint(this);
    endpoint.refed = true;
    updateHold(endpoint);
    return this;
  }

  unref() {
    const endpoint = channelEndpoint(this);
    endpoint.refed = false;
    updateHold(endpoint);
    return this;
  }

  [kListenerCountHook](type, count) {
    if (type !== 'message') return;
    const endpoint = channelOf.get(this);
    if (endpoint === undefined) return;
    endpoint.refed = count > 0;
    updateHold(endpoint);
  }

  [customInspect](depth, options) {
    const endpoint = channelEndpoint(this);
    if (depth < 0) return 'BroadcastChannel';
    const { inspect } = require('internal/util/inspect');
    return `BroadcastChannel ${inspect({ name: endpoint.name, active: !endpoint.closed }, options)}`;
  }
}

defineOnEventAttribute(BroadcastChannel.prototype, 'message');
defineOnEventAttribute(BroadcastChannel.prototype, 'messageerror');
makeEnumerable(BroadcastChannel.prototype);

// ---- worker_threads helpers ----------------------------------------------------

function receiveMessageOnPort(port) {
  const endpoint = typeof port === 'object' && port !== null ? endpointOf.get(port) : undefined;
  if (endpoint === undefined) {
    const err = new TypeError('The "port" argument must be a MessagePort instance');
    err.code = 'ERR_INVALID_ARG_TYPE';
    throw err;
  }
  if (endpoint.inbox.length === 0) return undefined;
  const { data, ports } = endpoint.inbox.shift();
  return { message: data };
}

function markAsUntransferable(value) {
  if (value !== null && (typeof value === 'object' || typeof value === 'function')) untransferable.add(value);
}

function markAsUncloneable(value) {
  if (value !== null && typeof value === 'object') uncloneable.add(value);
}

function isMarkedAsUntransferable(value) {
  return value !== null && typeof value === 'object' && untransferable.has(value);
}

module.exports = {
  MessageChannel,
  MessagePort,
  MessageEvent,
  BroadcastChannel,
  receiveMessageOnPort,
  markAsUntransferable,
  isMarkedAsUntransferable,
  markAsUncloneable,
};
