'use strict';

// dns.lookup and dns.lookupService (getaddrinfo/getnameinfo on the worker
// pool), their argument checks and the default result order, shared by
// node:dns and node:dns/promises. Each core function validates everything
// before any work starts and reports through done(err, ...results).

const {
  validateBoolean,
  validateFunction,
  validateOneOf,
  validatePort,
  validateString,
  validateStringWithoutNullBytes,
} = require('internal/validators');
const { isIP } = require('internal/net/ip');
// internal/errors loads only when an error is thrown.
let errorsModule;
const errors = () => (errorsModule ??= require('internal/errors'));

const ADDRCONFIG = 32;
const V4MAPPED = 8;
const ALL = 16;
const kOrders = ['verbatim', 'ipv4first', 'ipv6first'];

let defaultOrder = 'verbatim';

function setDefaultResultOrder(order) {
  validateOneOf(order, 'dnsOrder', kOrders);
  defaultOrder = order;
}

function getDefaultResultOrder() {
  return defaultOrder;
}

function familyOf(value, name) {
  if (value === 'IPv4') return 4;
  if (value === 'IPv6') return 6;
  validateOneOf(value, name, [0, 4, 6]);
  return value;
}

// options (a number, an object or undefined) -> { family, hints, all, order }.
function lookupOptions(options) {
  const out = { family: 0, hints: 0, all: false, order: defaultOrder };
  if (typeof options === 'number') {
    out.family = familyOf(options, 'family');
    return out;
  }
  if (options == null) return out;
  if (typeof options !== 'object') {
    throw new (errors().codes.ERR_INVALID_ARG_TYPE)('options', ['integer', 'object'], options);
  }
  if (options.hints != null) {
    const hints = options.hints >>> 0;
    if (typeof options.hints !== 'number' || (hints & ~(ADDRCONFIG | V4MAPPED | ALL)) !== 0) {
      throw new (errors().codes.ERR_INVALID_ARG_VALUE)('hints', hints);
    }
    out.hints = hints;
  }
  if (options.family != null) out.family = familyOf(options.family, 'options.family');
  if (options.all != null) {
    validateBoolean(options.all, 'options.all');
    out.all = options.all;
  }
  if (options.verbatim != null) {
    validateBoolean(options.verbatim, 'options.verbatim');
    out.order = options.verbatim ? 'verbatim' : 'ipv4first';
  }
  if (options.order != null) {
    validateOneOf(options.order, 'options.order', kOrders);
    out.order = options.order;
  }
  return out;
}

let warnedEmptyHostname = false;

// Sorts [{address, family}] for `order`, keeping getaddrinfo's order
// within each family.
function ordered(list, order) {
  if (order === 'verbatim') return list;
  const first = order === 'ipv4first' ? 4 : 6;
  return [...list.filter((e) => e.family === first), ...list.filter((e) => e.family !== first)];
}

// Labels with non-ASCII characters in their punycode form ("xn--..."), as
// they go to the resolver.
function asciiName(hostname) {
  if (!/[^\x00-\x7f]/.test(hostname)) return hostname;
  const { encode } = require('internal/idna');
  return hostname.split('.').map((label) => (/[^\x00-\x7f]/.test(label) ? `xn--${encode(label)}` : label))
    .join('.');
}

// done(err, address, family) or, with all, done(err, [{address, family}]).
function lookupCore(hostname, options, done) {
  if (hostname && typeof hostname !== 'string') {
    throw new (errors().codes.ERR_INVALID_ARG_TYPE)('hostname', 'string', hostname);
  }
  const opts = lookupOptions(options);
  const reply = (err, list) => {
    if (err) done(err);
    else if (opts.all) done(null, list);
    else if (list.length === 0) done(null, null, opts.family === 6 ? 6 : 4);
    else done(null, list[0].address, list[0].family);
  };
  if (!hostname) {
    if (!warnedEmptyHostname) {
      warnedEmptyHostname = true;
      process.emitWarning(`The provided hostname "${hostname}" is not a valid hostname, and is supported in ` +
        'the dns module solely for compatibility.', 'DeprecationWarning', 'DEP0118');
    }
    process.nextTick(reply, null, []);
    return;
  }
  validateStringWithoutNullBytes(hostname, 'hostname');
  const literal = isIP(hostname);
  if (literal !== 0) {
    process.nextTick(reply, null, [{ address: hostname, family: literal }]);
    return;
  }
  const ascii = asciiName(hostname);
  // The resolver takes names of at most 255 bytes (libuv's EINVAL).
  if (ascii.length > 255) {
    process.nextTick(reply, new (errors().DNSException)(-22, 'getaddrinfo', hostname));
    return;
  }
  internalBinding('dns').getaddrinfo(ascii, opts.family, opts.hints, (status, addresses) => {
    if (status !== 0) {
      reply(new (errors().DNSException)(status, 'getaddrinfo', hostname));
      return;
    }
    const list = addresses.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));
    reply(null, ordered(list, opts.order));
  });
}

// Checks lookupService's arguments; returns the port as a number.
// `required` names the arguments the API takes (all must be given).
function checkServiceArgs(address, port, argCount, required) {
  if (argCount < required.length) throw new (errors().codes.ERR_MISSING_ARGS)(...required);
  validateString(address, 'address');
  if (isIP(address) === 0) throw new (errors().codes.ERR_INVALID_ARG_VALUE)('address', address);
  return validatePort(port);
}

// done(err, hostname, service), after checkServiceArgs.
function lookupServiceCore(address, port, done) {
  internalBinding('dns').getnameinfo(address, port, (status, hostname, service) => {
    if (status !== 0) done(new (errors().DNSException)(status, 'getnameinfo', address));
    else done(null, hostname, service);
  });
}

function lookup(hostname, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  if (hostname && typeof hostname !== 'string') {
    throw new (errors().codes.ERR_INVALID_ARG_TYPE)('hostname', 'string', hostname);
  }
  validateFunction(callback, 'callback');
  lookupCore(hostname, options, callback);
  return {};
}

function lookupService(address, port, callback) {
  const portNumber = checkServiceArgs(address, port, arguments.length, ['address', 'port', 'callback']);
  validateFunction(callback, 'callback');
  lookupServiceCore(address, portNumber, callback);
  return {};
}

module.exports = {
  ADDRCONFIG, V4MAPPED, ALL,
  lookup, lookupService, lookupCore, checkServiceArgs, lookupServiceCore,
  setDefaultResultOrder, getDefaultResultOrder,
};
