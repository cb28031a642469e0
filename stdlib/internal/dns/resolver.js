'use strict';

// dns.Resolver (callback form) over a c-ares channel of internalBinding('dns'),
// and the server-list parsing that dns.setServers shares. The promises form
// (dns/promises) wraps the same methods.

const {
  validateArray,
  validateFunction,
  validateInt32,
  validatePort,
  validateString,
  validateUint32,
} = require('internal/validators');
const { isIP } = require('internal/net/ip');
// internal/errors loads only when an error is thrown.
let errorsModule;
const errors = () => (errorsModule ??= require('internal/errors'));
let bindingObject;
const binding = () => (bindingObject ??= internalBinding('dns'));
const { decodeAnswer, kType } = require('internal/dns/records');

// c-ares status numbers (1..24) -> node's codes; also dns.NODATA and friends.
const kStatusNames = [
  'NODATA', 'FORMERR', 'SERVFAIL', 'NOTFOUND', 'NOTIMP', 'REFUSED', 'BADQUERY', 'BADNAME', 'BADFAMILY',
  'BADRESP', 'CONNREFUSED', 'TIMEOUT', 'EOF', 'FILE', 'NOMEM', 'DESTRUCTION', 'BADSTR', 'BADFLAGS', 'NONAME',
  'BADHINTS', 'NOTINITIALIZED', 'LOADIPHLPAPI', 'ADDRGETNETWORKPARAMS', 'CANCELLED',
];
const errorCodes = {};
for (const name of kStatusNames) errorCodes[name] = `E${name}`;

const kAresNotImplemented = 5;

function statusCode(status) {
  return status >= 1 && status <= kStatusNames.length ? `E${kStatusNames[status - 1]}` : 'EBADRESP';
}

// resolve*() methods: rrtype, the query's syscall name, the record type.
const kQueries = [
  ['A', 'resolve4', 'queryA', kType.A],
  ['AAAA', 'resolve6', 'queryAaaa', kType.AAAA],
  ['ANY', 'resolveAny', 'queryAny', kType.ANY],
  ['CAA', 'resolveCaa', 'queryCaa', kType.CAA],
  ['CNAME', 'resolveCname', 'queryCname', kType.CNAME],
  ['MX', 'resolveMx', 'queryMx', kType.MX],
  ['NAPTR', 'resolveNaptr', 'queryNaptr', kType.NAPTR],
  ['NS', 'resolveNs', 'queryNs', kType.NS],
  ['PTR', 'resolvePtr', 'queryPtr', kType.PTR],
  ['SOA', 'resolveSoa', 'querySoa', kType.SOA],
  ['SRV', 'resolveSrv', 'querySrv', kType.SRV],
  ['TLSA', 'resolveTlsa', 'queryTlsa', kType.TLSA],
  ['TXT', 'resolveTxt', 'queryTxt', kType.TXT],
];
const methodOfRrtype = { __proto__: null };
for (const [rrtype, method] of kQueries) methodOfRrtype[rrtype] = method;

// "1.2.3.4", "1.2.3.4:53", "::1", "[::1]", "[::1]:53" -> [family, address, port].
function parseServer(text, index) {
  validateString(text, `servers[${index}]`);
  let host = text;
  let port = 53;
  const bare = isIP(text);
  if (bare !== 0) return [bare, text.split('%')[0], port];
  let m = /^\[([^\]]+)\](?::(\d+))?$/.exec(text);
  if (m === null) m = /^([^:]+):(\d+)$/.exec(text);
  if (m !== null) {
    host = m[1];
    if (m[2] !== undefined) port = +m[2];
  }
  const family = isIP(host);
  if (family === 0) throw new (errors().codes.ERR_INVALID_IP_ADDRESS)(text);
  validatePort(port);
  return [family, host.split('%')[0], port];
}

function formatServer(address, port) {
  const v6 = address.includes(':');
  if (port === 53 || port === 0) return address;
  return v6 ? `[${address}]:${port}` : `${address}:${port}`;
}

// What a Resolver resolves with: options, and the channel id once made.
function channelState(timeout, tries) {
  return { channel: undefined, timeout, tries, noServers: false };
}
// The default resolver of node:dns and that of node:dns/promises have a
// channel each, made on first use.
const defaultStates = { callback: channelState(-1, 4), promises: channelState(-1, 4) };
let useDefaultChannel;

class Resolver {
  #state;

  static {
    useDefaultChannel = (resolver, which) => {
      resolver.#state = defaultStates[which];
      return resolver;
    };
  }

  constructor(options = undefined) {
    const timeout = options?.timeout;
    const tries = options?.tries;
    const maxTimeout = options?.maxTimeout;
    if (timeout !== undefined) validateInt32(timeout, 'options.timeout', -1);
    if (tries !== undefined) validateInt32(tries, 'options.tries', 1);
    if (maxTimeout !== undefined) validateUint32(maxTimeout, 'options.maxTimeout');
    this.#state = channelState(timeout === undefined ? -1 : timeout, tries === undefined ? 4 : tries);
  }

  // The channel is made on first use, so that a Resolver costs nothing
  // (and c-ares is not loaded) until it resolves or lists servers.
  #handle() {
    const state = this.#state;
    if (state.channel === undefined) state.channel = binding().channelNew(state.timeout, state.tries);
    return state.channel;
  }

  cancel() {
    if (this.#state.channel !== undefined) binding().channelCancel(this.#state.channel);
  }

  getServers() {
    const flat = binding().channelGetServers(this.#handle());
    const out = [];
    for (let i = 0; i < flat.length; i += 2) out.push(formatServer(flat[i], flat[i + 1]));
    return out;
  }

  setServers(servers) {
    validateArray(servers, 'servers');
    const flat = [];
    for (let i = 0; i < servers.length; i++) flat.push(...parseServer(servers[i], i));
    const status = binding().channelSetServers(this.#handle(), flat);
    if (status !== 0) {
      // c-ares refuses while queries are in flight (ENOTIMP); node quotes its text.
      const reason = status === kAresNotImplemented ? 'There are pending queries.' : statusCode(status);
      throw new (errors().codes.ERR_DNS_SET_SERVERS_FAILED)(reason, servers);
    }
    this.#state.noServers = servers.length === 0;
  }

  setLocalAddress(ipv4, ipv6 = undefined) {
    validateString(ipv4, 'ipv4');
    if (ipv6 !== undefined) validateString(ipv6, 'ipv6');
    let v4 = '';
    let v6 = '';
    const badAddress = (text) => {
      const err = new (errors().codes.ERR_INVALID_ARG_VALUE)('ipv4', ipv4);
      err.message = text;
      return err;
    };
    for (const ip of ipv6 === undefined ? [ipv4] : [ipv4, ipv6]) {
      const family = isIP(ip);
      if (family === 0) throw badAddress('Invalid IP address.');
      if (family === 4) {
        if (v4 !== '') throw badAddress('Cannot specify two IPv4 addresses.');
        v4 = ip;
      } else {
        if (v6 !== '') throw badAddress('Cannot specify two IPv6 addresses.');
        v6 = ip;
      }
    }
    binding().channelSetLocalAddress(this.#handle(), v4, v6);
  }

  resolve(hostname, rrtype, callback) {
    if (typeof rrtype === 'function') {
      callback = rrtype;
      rrtype = 'A';
    } else if (rrtype === undefined) {
      rrtype = 'A';
    }
    validateString(rrtype, 'rrtype');
    const method = methodOfRrtype[rrtype];
    if (method === undefined) throw new (errors().codes.ERR_INVALID_ARG_VALUE)('rrtype', rrtype);
    return this[method](hostname, callback);
  }

  reverse(ip, callback) {
    validateString(ip, 'name');
    validateFunction(callback, 'callback');
    if (isIP(ip) === 0) throw new (errors().DNSException)('EINVAL', 'getHostByAddr', ip);
    binding().channelReverse(this.#handle(), ip, (status, names) => {
      if (status !== 0) callback(new (errors().DNSException)(statusCode(status), 'getHostByAddr', ip));
      else callback(null, names);
    });
    return {};
  }

  // Starts one query; the shared body of every resolve*() method.
  static query(resolver, syscall, type, hostname, options, callback) {
    if (typeof options === 'function') {
      callback = options;
      options = undefined;
    }
    validateString(hostname, 'name');
    validateFunction(callback, 'callback');
    const ttl = Boolean(options?.ttl);
    if (resolver.#state.noServers) {
      // With no server at all node's c-ares gives an error it has no name for.
      process.nextTick(callback, new (errors().DNSException)('UNKNOWN_ARES_ERROR', syscall, hostname));
      return {};
    }
    binding().channelQuery(resolver.#handle(), type, hostname, (status, reply) => {
      const result = status === 0 ? decodeAnswer(reply, type, ttl) : statusCode(status);
      if (typeof result === 'string') callback(new (errors().DNSException)(result, syscall, hostname));
      else callback(null, result);
    });
    return {};
  }
}

Object.defineProperty(Resolver.prototype.reverse, 'name', { value: 'getHostByAddr' });

const startQuery = Resolver.query;
delete Resolver.query;

for (const [, method, syscall, type] of kQueries) {
  // Named after the query, as node names them; (hostname[, options], callback).
  const fn = {
    [syscall](hostname, options, callback) {
      return startQuery(this, syscall, type, hostname, options, callback);
    },
  }[syscall];
  Object.defineProperty(fn, 'length', { value: 2 });
  Object.defineProperty(fn, 'name', { value: syscall });
  Object.defineProperty(Resolver.prototype, method, { value: fn, writable: true, configurable: true });
}

module.exports = { Resolver, useDefaultChannel, errorCodes, kQueries };
