'use strict';

// net.SocketAddress: an immutable (address, port, family, flowlabel) whose
// address is validated and stored in canonical text.

const {
  validateObject,
  validatePort,
  validateString,
  validateUint32,
} = require('internal/validators');
// Symbol.for, not internal/util, which would load internal/errors eagerly.
const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');
const { parseAddress, formatAddress } = require('internal/net/address_bytes');

let errorsModule;
const codes = () => (errorsModule ??= require('internal/errors')).codes;

// Lower-cased 'ipv4' | 'ipv6', or a throw naming `name`.
function familyOf(value, name) {
  const lower = typeof value === 'string' ? value.toLowerCase() : value;
  if (lower !== 'ipv4' && lower !== 'ipv6') throw new (codes().ERR_INVALID_ARG_VALUE)(name, value);
  return lower;
}

let addressValue;

class SocketAddress {
  #address;
  #port;
  #family;
  #flowlabel;
  #value;  // 128-bit BigInt, for BlockList

  static isSocketAddress(value) {
    return typeof value === 'object' && value !== null && #address in value;
  }

  static parse(input) {
    validateString(input, 'input');
    // Host and port syntax are a URL authority's ("1.2.3.4:80", "[::1]:8").
    let url;
    try {
      url = new URL(`http://${input}`);
    } catch {
      return undefined;
    }
    let host = url.hostname;
    let family = 'ipv4';
    if (host.startsWith('[')) {
      host = host.slice(1, -1);
      family = 'ipv6';
    }
    try {
      return new SocketAddress({ address: host, family, port: url.port === '' ? 0 : +url.port });
    } catch {
      return undefined;
    }
  }

  constructor(options = {}) {
    validateObject(options, 'options');
    let { family = 'ipv4' } = options;
    const {
      address = family === 'ipv4' ? '127.0.0.1' : '::',
      port = 0,
      flowlabel = 0,
    } = options;
    family = familyOf(family, 'options.family');
    validateString(address, 'options.address');
    const portNumber = validatePort(port, 'options.port');
    validateUint32(flowlabel, 'options.flowlabel');
    const value = parseAddress(address, family);
    if (value === undefined) throw new (codes().ERR_INVALID_ADDRESS)();
    this.#value = value;
    this.#address = formatAddress(value, family);
    this.#port = portNumber;
    this.#family = family;
    // Only IPv6 carries a flow label.
    this.#flowlabel = family === 'ipv6' ? flowlabel : 0;
  }

  get address() { return this.#address; }
  get port() { return this.#port; }
  get family() { return this.#family; }
  get flowlabel() { return this.#flowlabel; }

  toJSON() {
    return { address: this.#address, port: this.#port, family: this.#family, flowlabel: this.#flowlabel };
  }

  [customInspectSymbol](depth, options, inspect) {
    if (depth < 0) return '[SocketAddress]';
    return `SocketAddress ${inspect(this.toJSON(), { ...options, depth: options.depth == null ? null : depth })}`;
  }

  static {
    // BlockList's view: the 128-bit value (IPv4 mapped).
    addressValue = (sa) => sa.#value;
  }
}

module.exports = { SocketAddress, addressValue, familyOf };
