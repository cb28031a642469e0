'use strict';

// Decoding of DNS reply messages (RFC 1035 section 4) into the shapes
// node:dns gives for each record type. The native channel hands over the raw
// reply; this walks its answer section.

const { formatAddress } = require('internal/net/address_bytes');

const kType = {
  A: 1, NS: 2, CNAME: 5, SOA: 6, PTR: 12, MX: 15, TXT: 16, AAAA: 28, SRV: 33, NAPTR: 35, TLSA: 52,
  ANY: 255, CAA: 257,
};
const kTypeName = { __proto__: null };
for (const name of Object.keys(kType)) kTypeName[kType[name]] = name;

// Thrown for a reply that does not parse; the caller reports EBADRESP.
class BadReply extends Error {}

function u16(msg, at) {
  if (at + 2 > msg.length) throw new BadReply();
  return (msg[at] << 8) | msg[at + 1];
}

function u32(msg, at) {
  if (at + 4 > msg.length) throw new BadReply();
  return ((msg[at] << 24) | (msg[at + 1] << 16) | (msg[at + 2] << 8) | msg[at + 3]) >>> 0;
}

// A possibly compressed domain name at `at`: [text, offset after it].
function readName(msg, at) {
  const labels = [];
  let end = -1;
  let jumps = 0;
  for (;;) {
    if (at >= msg.length) throw new BadReply();
    const len = msg[at];
    if (len === 0) {
      at++;
      break;
    }
    if ((len & 0xc0) === 0xc0) {
      if (++jumps > 64) throw new BadReply();
      if (end === -1) end = at + 2;
      at = u16(msg, at) & 0x3fff;
      continue;
    }
    if ((len & 0xc0) !== 0 || at + 1 + len > msg.length) throw new BadReply();
    // Dots and backslashes inside a label are escaped, as c-ares writes them.
    labels.push(latin1(msg, at + 1, at + 1 + len).replace(/[.\\]/g, '\\$&'));
    at += 1 + len;
  }
  return [labels.join('.'), end === -1 ? at : end];
}

function latin1(msg, from, to) {
  let text = '';
  for (let i = from; i < to; i++) text += String.fromCharCode(msg[i]);
  return text;
}

// The <character-string>s filling [at, end).
function readStrings(msg, at, end) {
  const out = [];
  while (at < end) {
    const len = msg[at];
    if (at + 1 + len > end) throw new BadReply();
    out.push(latin1(msg, at + 1, at + 1 + len));
    at += 1 + len;
  }
  return out;
}

function ipv4(msg, at) {
  return `${msg[at]}.${msg[at + 1]}.${msg[at + 2]}.${msg[at + 3]}`;
}

function ipv6(msg, at) {
  let n = 0n;
  for (let i = 0; i < 16; i++) n = (n << 8n) | BigInt(msg[at + i]);
  return formatAddress(n, 'ipv6');
}

// One answer record in node's shape. Records of some types carry `type`
// even outside resolveAny (MX, SRV, CAA), or an undefined one (NAPTR, SOA),
// as node gives them.
function decodeRecord(msg, type, at, len, ttl, options) {
  const end = at + len;
  const any = options.any;
  switch (type) {
    case kType.A:
    case kType.AAAA: {
      if (len !== (type === kType.A ? 4 : 16)) throw new BadReply();
      const address = type === kType.A ? ipv4(msg, at) : ipv6(msg, at);
      if (any) return { address, ttl, type: kTypeName[type] };
      return options.ttl ? { address, ttl } : address;
    }
    case kType.CNAME:
    case kType.NS:
    case kType.PTR: {
      const value = readName(msg, at)[0];
      return any ? { value, type: kTypeName[type] } : value;
    }
    case kType.MX:
      return { exchange: readName(msg, at + 2)[0], priority: u16(msg, at), type: 'MX' };
    case kType.TXT: {
      const entries = readStrings(msg, at, end);
      return any ? { entries, type: 'TXT' } : entries;
    }
    case kType.SRV:
      return { name: readName(msg, at + 6)[0], port: u16(msg, at + 4), priority: u16(msg, at),
        weight: u16(msg, at + 2), type: 'SRV' };
    case kType.NAPTR: {
      const fields = [];
      let p = at + 4;
      for (let i = 0; i < 3; i++) {
        const n = msg[p];
        if (p + 1 + n > end) throw new BadReply();
        fields.push(latin1(msg, p + 1, p + 1 + n));
        p += 1 + n;
      }
      return { flags: fields[0], service: fields[1], regexp: fields[2], replacement: readName(msg, p)[0],
        order: u16(msg, at), preference: u16(msg, at + 2), type: any ? 'NAPTR' : undefined };
    }
    case kType.SOA: {
      const [nsname, afterNs] = readName(msg, at);
      const [hostmaster, p] = readName(msg, afterNs);
      return { nsname, hostmaster, serial: u32(msg, p), refresh: u32(msg, p + 4), retry: u32(msg, p + 8),
        expire: u32(msg, p + 12), minttl: u32(msg, p + 16), type: any ? 'SOA' : undefined };
    }
    case kType.CAA: {
      const tagLen = msg[at + 1];
      if (at + 2 + tagLen > end) throw new BadReply();
      const record = { critical: msg[at], type: 'CAA' };
      record[latin1(msg, at + 2, at + 2 + tagLen)] = latin1(msg, at + 2 + tagLen, end);
      return record;
    }
    case kType.TLSA: {
      const data = msg.slice(at + 3, end);
      const record = { certUsage: msg[at], selector: msg[at + 1], match: msg[at + 2], data: data.buffer };
      if (any) record.type = 'TLSA';
      return record;
    }
    default:
      return undefined;
  }
}

// resolveAny lists records grouped by type, in this order.
const kAnyOrder = [kType.CNAME, kType.A, kType.AAAA, kType.MX, kType.NS, kType.TXT, kType.SRV, kType.PTR,
  kType.NAPTR, kType.SOA, kType.CAA, kType.TLSA];

// [type, ttl, offset, length] of each IN-class answer record.
function answerRecords(msg) {
  const list = [];
  const questions = u16(msg, 4);
  const answers = u16(msg, 6);
  let at = 12;
  for (let i = 0; i < questions; i++) at = readName(msg, at)[1] + 4;
  for (let i = 0; i < answers; i++) {
    at = readName(msg, at)[1];
    const rtype = u16(msg, at);
    const rclass = u16(msg, at + 2);
    const rttl = u32(msg, at + 4);
    const len = u16(msg, at + 8);
    at += 10;
    if (at + len > msg.length) throw new BadReply();
    if (rclass === 1) list.push([rtype, rttl, at, len]);
    at += len;
  }
  return list;
}

// The records of `type` in reply `msg` (a Uint8Array): an array, or for SOA
// one object. Returns c-ares's error name ('ENODATA', 'EBADRESP') when there
// is nothing to return.
function decodeAnswer(msg, type, ttl) {
  const out = [];
  try {
    const records = answerRecords(msg);
    const any = type === kType.ANY;
    const options = { ttl, any };
    for (const wanted of any ? kAnyOrder : [type]) {
      for (const [rtype, rttl, at, len] of records) {
        if (rtype !== wanted) continue;
        const record = decodeRecord(msg, rtype, at, len, rttl, options);
        if (record !== undefined) out.push(record);
      }
    }
  } catch (err) {
    if (err instanceof BadReply) return 'EBADRESP';
    throw err;
  }
  if (out.length === 0) return 'ENODATA';
  return type === kType.SOA ? out[0] : out;
}

module.exports = { decodeAnswer, kType };
