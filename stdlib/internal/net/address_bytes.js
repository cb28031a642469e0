'use strict';

// Binary forms of IP addresses for BlockList and SocketAddress: an address is
// a BigInt over 128 bits, IPv4 addresses stored IPv4-mapped (::ffff:a.b.c.d),
// so that one comparison serves both families. Text is read the way
// inet_pton reads it (after the ip.js checks) and written the way glibc's
// inet_ntop writes it.

const { isIPv4, isIPv6 } = require('internal/net/ip');

const kMappedBase = 0xffff00000000n;
const kLow32 = 0xffffffffn;

function quadValue(text) {
  const parts = text.split('.');
  return ((+parts[0] << 24) | (+parts[1] << 16) | (+parts[2] << 8) | +parts[3]) >>> 0;
}

// BigInt of a valid IPv4 text, mapped into the IPv6 space.
function v4ToBig(text) {
  return kMappedBase | BigInt(quadValue(text));
}

// The eight 16-bit groups of a valid IPv6 text (zone id already removed).
function v6Groups(text) {
  const groups = [];
  const halves = text.split('::');
  const fill = (part, out) => {
    if (part === '') return;
    for (const piece of part.split(':')) {
      if (piece.includes('.')) {
        const q = quadValue(piece);
        out.push(q >>> 16, q & 0xffff);
      } else {
        out.push(parseInt(piece, 16));
      }
    }
  };
  fill(halves[0], groups);
  if (halves.length === 2) {
    const tail = [];
    fill(halves[1], tail);
    while (groups.length + tail.length < 8) groups.push(0);
    for (const g of tail) groups.push(g);
  }
  return groups;
}

function v6ToBig(text) {
  let n = 0n;
  for (const g of v6Groups(text)) n = (n << 16n) | BigInt(g);
  return n;
}

// Strips a zone id ('%eth0'), which an address keeps only as a scope.
function withoutZone(text) {
  const at = text.indexOf('%');
  return at === -1 ? text : text.slice(0, at);
}

// Parses `text` for `family` ('ipv4' | 'ipv6'); undefined when invalid.
function parseAddress(text, family) {
  if (family === 'ipv4') return isIPv4(text) ? v4ToBig(text) : undefined;
  return isIPv6(text) ? v6ToBig(withoutZone(text)) : undefined;
}

function v4Text(n) {
  const v = Number(n & kLow32);
  return `${v >>> 24}.${(v >>> 16) & 255}.${(v >>> 8) & 255}.${v & 255}`;
}

// glibc inet_ntop: the first longest run (two groups or more) of zero groups
// becomes '::'; ::a.b.c.d and ::ffff:a.b.c.d keep a dotted tail.
function v6Text(n) {
  const groups = new Array(8);
  for (let i = 7; i >= 0; i--) {
    groups[i] = Number(n & 0xffffn);
    n >>= 16n;
  }
  let bestAt = -1;
  let bestLen = 0;
  for (let i = 0; i < 8;) {
    if (groups[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && groups[j] === 0) j++;
    if (j - i > bestLen) {
      bestAt = i;
      bestLen = j - i;
    }
    i = j;
  }
  if (bestLen < 2) bestAt = -1;
  const dottedTail = bestAt === 0 && (bestLen === 6 || (bestLen === 5 && groups[5] === 0xffff));
  let out = '';
  for (let i = 0; i < 8; i++) {
    if (i === bestAt) {
      out += i === 0 ? '::' : ':';
      i += bestLen - 1;
      continue;
    }
    if (i === 6 && dottedTail) {
      out += `${groups[6] >> 8}.${groups[6] & 255}.${groups[7] >> 8}.${groups[7] & 255}`;
      break;
    }
    out += groups[i].toString(16);
    if (i < 7) out += ':';
  }
  return out;
}

function formatAddress(n, family) {
  return family === 'ipv4' ? v4Text(n) : v6Text(n);
}

// Whether `n` (a 128-bit value) is an IPv4-mapped address.
function isMapped(n) {
  return (n >> 32n) === 0xffffn;
}

module.exports = { parseAddress, formatAddress, isMapped, kMappedBase };
