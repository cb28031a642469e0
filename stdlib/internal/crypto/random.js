'use strict';
// Random bytes for node:crypto and the Web Crypto API, from OpenSSL's CSPRNG
// in internalBinding('crypto'). Callers validate their arguments first.

const { randomFill } = internalBinding('crypto');

// Overwrites bytes [offset, offset + size) of an ArrayBuffer or view.
function fillBytes(target, offset, size) {
  if (size === 0) return;
  let buffer = target;
  let start = offset;
  if (ArrayBuffer.isView(target)) {
    buffer = target.buffer;
    start += target.byteOffset;
  }
  randomFill(new Uint8Array(buffer, start, size));
}

// UUIDs are cut from a pool of random bytes refilled 128 UUIDs at a time,
// so most calls make no native call.
const kPoolSize = 16 * 128;
let pool;
let poolUsed = kPoolSize;

const kHex = [];
for (let i = 0; i < 256; i++) kHex.push((i < 16 ? '0' : '') + i.toString(16));

function uuidFrom(bytes, at) {
  const h = (i) => kHex[bytes[at + i]];
  return `${h(0)}${h(1)}${h(2)}${h(3)}-${h(4)}${h(5)}-${kHex[(bytes[at + 6] & 0x0f) | 0x40]}${h(7)}-` +
    `${kHex[(bytes[at + 8] & 0x3f) | 0x80]}${h(9)}-${h(10)}${h(11)}${h(12)}${h(13)}${h(14)}${h(15)}`;
}

// A version 4 (random) UUID, RFC 9562 section 5.4.
function randomUUIDv4(useCache = true) {
  if (!useCache) {
    const bytes = new Uint8Array(16);
    randomFill(bytes);
    return uuidFrom(bytes, 0);
  }
  if (poolUsed === kPoolSize) {
    if (pool === undefined) pool = new Uint8Array(kPoolSize);
    randomFill(pool);
    poolUsed = 0;
  }
  const id = uuidFrom(pool, poolUsed);
  poolUsed += 16;
  return id;
}

module.exports = { fillBytes, randomUUIDv4 };
