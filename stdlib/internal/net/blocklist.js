'use strict';

// net.BlockList: rules (single addresses, subnets, ranges) against which an
// address is checked. Every address is held as a 128-bit value with IPv4
// mapped into ::ffff:0:0/96, so an IPv4 rule also catches the IPv4-mapped
// IPv6 form of its addresses, and an IPv6 rule over mapped addresses also
// catches the plain IPv4 ones.

const { validateArray, validateInt32, validateString } = require('internal/validators');
// Symbol.for, not internal/util, which would load internal/errors eagerly.
const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');
const { isIP } = require('internal/net/ip');
const kFamilyOfVersion = { 4: 'ipv4', 6: 'ipv6' };
const { SocketAddress, addressValue } = require('internal/net/socket_address');

let errorsModule;
const codes = () => (errorsModule ??= require('internal/errors')).codes;

const kFamilyLabel = { ipv4: 'IPv4', ipv6: 'IPv6' };
// An IPv4 prefix covers the low 32 of the 128 bits.
const kMappedPrefixBits = 96;

// A SocketAddress from (address, family) arguments named `name`.
function toSocketAddress(address, family, name) {
  if (SocketAddress.isSocketAddress(address)) return address;
  validateString(address, name);
  validateString(family, 'family');
  return new SocketAddress({ address, family });
}

// A subnet rule: its network's top `128 - shift` bits.
function subnetRule(network, prefix, family) {
  const sa = toSocketAddress(network, family, 'network');
  const v4 = sa.family === 'ipv4';
  validateInt32(prefix, 'prefix', 0, v4 ? 32 : 128);
  const value = addressValue(sa);
  const shift = BigInt(128 - (v4 ? prefix + kMappedPrefixBits : prefix));
  return { value, head: value >> shift, shift, family: sa.family, text: `${sa.address}/${prefix}` };
}

// "address/prefix" -> [address, prefix as a number].
function parseCIDR(cidr) {
  validateString(cidr, 'cidr');
  const slash = cidr.lastIndexOf('/');
  if (slash === -1) {
    throw new (codes().ERR_INVALID_ARG_VALUE)('cidr', cidr, 'must contain a prefix length (e.g. "10.0.0.0/8")');
  }
  const digits = cidr.slice(slash + 1);
  const prefix = parseInt(digits, 10);
  if (`${prefix}` !== digits) {
    throw new (codes().ERR_INVALID_ARG_VALUE)('cidr', cidr, 'prefix length must be a valid integer');
  }
  return [cidr.slice(0, slash), prefix];
}

class BlockList {
  // Newest first within each kind, as node lists them.
  #addresses = [];
  #subnets = [];
  #ranges = [];

  static isBlockList(value) {
    return typeof value === 'object' && value !== null && #addresses in value;
  }

  addAddress(address, family = 'ipv4') {
    const sa = toSocketAddress(address, family, 'address');
    const value = addressValue(sa);
    // One rule per address; adding it again changes nothing.
    if (this.#addresses.some((r) => r.value === value && r.family === sa.family)) return;
    this.#addresses.unshift({ value, family: sa.family, text: sa.address });
  }

  addRange(start, end, family = 'ipv4') {
    const first = toSocketAddress(start, family, 'start');
    const last = toSocketAddress(end, family, 'end');
    const low = addressValue(first);
    const high = addressValue(last);
    if (low > high) throw new (codes().ERR_INVALID_ARG_VALUE)('start', first, 'must come before end');
    this.#ranges.unshift({ low, high, family: first.family, text: `${first.address}-${last.address}` });
  }

  addSubnet(network, prefix, family = 'ipv4') {
    this.#subnets.unshift(subnetRule(network, prefix, family));
  }

  // "10.0.0.0/8" or "fe80::/10": the family follows from the address.
  addCIDR(cidr) {
    const [network, prefix] = parseCIDR(cidr);
    this.addSubnet(network, prefix, kFamilyOfVersion[isIP(network)] || 'ipv4');
  }

  addCIDRs(cidrs) {
    validateArray(cidrs, 'cidrs');
    cidrs.forEach((cidr, i) => validateString(cidr, `cidrs[${i}]`));
    for (const cidr of cidrs) this.addCIDR(cidr);
  }

  addAddresses(addresses, family = 'ipv4') {
    validateArray(addresses, 'addresses');
    addresses.forEach((a, i) => {
      if (!SocketAddress.isSocketAddress(a)) validateString(a, `addresses[${i}]`);
    });
    for (const address of addresses) this.addAddress(address, family);
  }

  removeAddress(address, family = 'ipv4') {
    const sa = toSocketAddress(address, family, 'address');
    const value = addressValue(sa);
    this.#addresses = this.#addresses.filter((r) => !(r.value === value && r.family === sa.family));
  }

  removeRange(start, end, family = 'ipv4') {
    const low = addressValue(toSocketAddress(start, family, 'start'));
    const high = addressValue(toSocketAddress(end, family, 'end'));
    this.#ranges = this.#ranges.filter((r) => !(r.low === low && r.high === high));
  }

  removeSubnet(network, prefix, family = 'ipv4') {
    const gone = subnetRule(network, prefix, family);
    this.#subnets = this.#subnets.filter((r) => !(r.value === gone.value && r.shift === gone.shift));
  }

  removeCIDR(cidr) {
    const [network, prefix] = parseCIDR(cidr);
    this.removeSubnet(network, prefix, kFamilyOfVersion[isIP(network)] || 'ipv4');
  }

  clear() {
    this.#addresses = [];
    this.#subnets = [];
    this.#ranges = [];
  }

  get size() {
    return this.#addresses.length + this.#subnets.length + this.#ranges.length;
  }

  check(address, family = 'ipv4') {
    let value;
    if (SocketAddress.isSocketAddress(address)) {
      value = addressValue(address);
    } else {
      validateString(address, 'address');
      validateString(family, 'family');
      try {
        value = addressValue(new SocketAddress({ address, family }));
      } catch {
        return false;
      }
    }
    for (const r of this.#addresses) if (r.value === value) return true;
    for (const r of this.#subnets) if ((value >> r.shift) === r.head) return true;
    for (const r of this.#ranges) if (value >= r.low && value <= r.high) return true;
    return false;
  }

  get rules() {
    const out = [];
    const list = (kind, rules) => {
      for (const r of rules) out.push(`${kind}: ${kFamilyLabel[r.family]} ${r.text}`);
    };
    list('Address', this.#addresses);
    list('Subnet', this.#subnets);
    list('Range', this.#ranges);
    return out;
  }

  toJSON() {
    return this.rules;
  }

  // Takes rule strings as `rules` writes them (an array, or its JSON text).
  // Lines that do not have the shape of a rule are skipped.
  fromJSON(data) {
    const lines = typeof data === 'string' ? JSON.parse(data) : data;
    if (!Array.isArray(lines) || !lines.every((line) => typeof line === 'string')) {
      throw new (codes().ERR_INVALID_ARG_TYPE)('data', ['string', 'string[]'], lines);
    }
    for (const line of lines) this.#addRuleText(line.trim());
  }

  #addRuleText(line) {
    const [kind, label, body] = line.split(' ');
    if (body === undefined || (label !== 'IPv4' && label !== 'IPv6')) return;
    const family = label.toLowerCase();
    if (kind === 'Address:') {
      if (isIP(body) !== 0) this.addAddress(body, family);
    } else if (kind === 'Subnet:') {
      const [network, bits] = body.split('/');
      const prefix = bits === undefined || bits === '' ? NaN : Number(bits);
      if (isIP(network) !== 0 && !Number.isNaN(prefix)) this.addSubnet(network, prefix, family);
    } else if (kind === 'Range:') {
      const [from, to] = body.split('-');
      if (isIP(from) !== 0 && to !== undefined && isIP(to) !== 0) this.addRange(from, to, family);
    }
  }

  [customInspectSymbol](depth, options, inspect) {
    if (depth < 0) return '[BlockList]';
    return `BlockList ${inspect({ rules: this.rules }, { ...options, depth: options.depth == null ? null : depth })}`;
  }
}

// RFC 1918, loopback, link-local and unique-local networks, for addCIDRs().
BlockList.PRIVATE_RANGES = Object.freeze([
  '10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16', '127.0.0.0/8', '::1/128', '169.254.0.0/16', 'fe80::/10',
  'fc00::/7',
]);

module.exports = { BlockList };
