'use strict';
// node:crypto, first part: the random number API (randomBytes, randomFill,
// randomFillSync, randomInt, randomUUID, getRandomValues) and `webcrypto`.
// Hashes, ciphers, keys, KDFs and signatures are not written yet: each of
// those exports throws ERR_JOLT_NOT_IMPLEMENTED naming itself, so a program
// fails on the call it needs rather than on an undefined property.
// `constants` and `subtle` are left out until they are real.

const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_OUT_OF_RANGE, ERR_JOLT_NOT_IMPLEMENTED },
} = require('internal/errors');
const { validateFunction, validateNumber, validateObject, validateBoolean } = require('internal/validators');
const { kEmptyObject } = require('internal/util');
const { fillBytes, randomUUIDv4 } = require('internal/crypto/random');
const webcrypto = require('internal/crypto/webcrypto');

const kMaxLength = 2 ** 31 - 1;

let BufferCtor;
function allocBuffer(size) {
  if (BufferCtor === undefined) BufferCtor = require('buffer').Buffer;
  return BufferCtor.allocUnsafe(size);
}

function later(callback, ...args) {
  process.nextTick(callback, ...args);
}

// randomBytes(size[, callback])
function randomBytes(size, callback = undefined) {
  validateNumber(size, 'size', 0, kMaxLength);
  if (callback !== undefined) validateFunction(callback, 'callback');
  const buf = allocBuffer(Math.floor(size));
  fillBytes(buf, 0, buf.length);
  if (callback === undefined) return buf;
  later(callback, null, buf);
  return undefined;
}

function checkFillTarget(buf) {
  if (!ArrayBuffer.isView(buf) && !require('internal/util/binary_types').isAnyArrayBuffer(buf)) {
    throw new ERR_INVALID_ARG_TYPE('buf', ['ArrayBuffer', 'ArrayBufferView'], buf);
  }
}

// [byte offset, byte count] of a randomFill range, checked as Node checks it
// (offset and size count elements of the view).
function fillRange(buf, offset, size) {
  const elementSize = buf.BYTES_PER_ELEMENT || 1;
  const byteLength = buf.byteLength;
  validateNumber(offset, 'offset');
  const byteOffset = offset * elementSize;
  if (!(byteOffset >= 0 && byteOffset <= byteLength)) {
    throw new ERR_OUT_OF_RANGE('offset', `>= 0 && <= ${byteLength}`, byteOffset);
  }
  let byteCount = byteLength - byteOffset;
  if (size !== undefined) {
    validateNumber(size, 'size');
    byteCount = size * elementSize;
    if (!(byteCount >= 0 && byteCount <= kMaxLength)) {
      throw new ERR_OUT_OF_RANGE('size', `>= 0 && <= ${kMaxLength}`, byteCount);
    }
    if (byteCount + byteOffset > byteLength) {
      throw new ERR_OUT_OF_RANGE('size + offset', `<= ${byteLength}`, byteCount + byteOffset);
    }
  }
  return [Math.floor(byteOffset), Math.floor(byteCount)];
}

function randomFillSync(buf, offset = 0, size = undefined) {
  checkFillTarget(buf);
  const [at, count] = fillRange(buf, offset, size);
  fillBytes(buf, at, count);
  return buf;
}

// randomFill(buf[, offset[, size]], callback)
function randomFill(buf, offset, size, callback) {
  checkFillTarget(buf);
  let cb = callback;
  let off = offset;
  let len = size;
  if (typeof offset === 'function') {
    cb = offset;
    off = 0;
    len = undefined;
  } else if (typeof size === 'function') {
    cb = size;
    len = undefined;
  }
  validateFunction(cb, 'callback');
  const [at, count] = fillRange(buf, off === undefined ? 0 : off, len);
  fillBytes(buf, at, count);
  later(cb, null, buf);
}

// randomInt([min, ]max[, callback]): uniform over [min, max) by rejection
// sampling of 48-bit random values.
const kRandMax = 2 ** 48 - 1;
const kRandBatch = 64;
let randPool;
let randPoolAt = kRandBatch;

function nextRandom48() {
  if (randPoolAt === kRandBatch) {
    if (randPool === undefined) randPool = new Uint8Array(6 * kRandBatch);
    fillBytes(randPool, 0, randPool.length);
    randPoolAt = 0;
  }
  const p = randPoolAt++ * 6;
  return randPool[p] * 2 ** 40 + randPool[p + 1] * 2 ** 32 + randPool[p + 2] * 2 ** 24 +
    randPool[p + 3] * 2 ** 16 + randPool[p + 4] * 2 ** 8 + randPool[p + 5];
}

function randomInt(min, max, callback) {
  const minGiven = !(typeof max === 'undefined' || typeof max === 'function');
  if (!minGiven) {
    callback = max;
    max = min;
    min = 0;
  }
  const isSync = typeof callback === 'undefined';
  if (!isSync) validateFunction(callback, 'callback');
  if (!Number.isSafeInteger(min)) throw new ERR_INVALID_ARG_TYPE('min', 'a safe integer', min);
  if (!Number.isSafeInteger(max)) throw new ERR_INVALID_ARG_TYPE('max', 'a safe integer', max);
  if (max <= min) throw new ERR_OUT_OF_RANGE('max', `greater than the value of "min" (${min})`, max);
  const range = max - min;
  if (!(range <= kRandMax)) throw new ERR_OUT_OF_RANGE(minGiven ? 'max - min' : 'max', `<= ${kRandMax}`, range);
  const limit = (kRandMax + 1) - ((kRandMax + 1) % range);
  let x = nextRandom48();
  while (x >= limit) x = nextRandom48();
  const n = min + (x % range);
  if (isSync) return n;
  later(callback, undefined, n);
  return undefined;
}

function randomUUID(options = kEmptyObject) {
  validateObject(options, 'options');
  const { disableEntropyCache = false } = options;
  validateBoolean(disableEntropyCache, 'options.disableEntropyCache');
  return randomUUIDv4(!disableEntropyCache);
}

function getRandomValues(data) {
  return webcrypto.crypto.getRandomValues(data);
}

const exported = {
  getRandomValues,
  randomBytes,
  randomFill,
  randomFillSync,
  randomInt,
  randomUUID,
  webcrypto: webcrypto.crypto,
};

// The rest of node:crypto's API, each throwing until it is written.
const kMissing = [
  'Certificate', 'Cipheriv', 'Decipheriv', 'DiffieHellman', 'DiffieHellmanGroup', 'ECDH', 'Hash', 'Hmac',
  'KeyObject', 'Sign', 'Verify', 'X509Certificate', 'argon2', 'argon2Sync', 'checkPrime', 'checkPrimeSync',
  'createCipheriv', 'createDecipheriv', 'createDiffieHellman', 'createDiffieHellmanGroup', 'createECDH',
  'createHash', 'createHmac', 'createPrivateKey', 'createPublicKey', 'createSecretKey', 'createSign',
  'createVerify', 'decapsulate', 'diffieHellman', 'encapsulate', 'generateKey', 'generateKeyPair',
  'generateKeyPairSync', 'generateKeySync', 'generatePrime', 'generatePrimeSync', 'getCipherInfo', 'getCiphers',
  'getCurves', 'getDiffieHellman', 'getFips', 'getHashes', 'hash', 'hkdf', 'hkdfSync', 'pbkdf2', 'pbkdf2Sync',
  'privateDecrypt', 'privateEncrypt', 'publicDecrypt', 'publicEncrypt', 'scrypt', 'scryptSync',
  'secureHeapUsed', 'setEngine', 'setFips', 'sign', 'timingSafeEqual', 'verify',
];
for (const name of kMissing) {
  const what = /^[A-Z]/.test(name) ? `crypto.${name}` : `crypto.${name}()`;
  // A plain function (callable and constructible) named like Node's.
  const stub = {
    [name]: function() {
      throw new ERR_JOLT_NOT_IMPLEMENTED(what);
    },
  }[name];
  exported[name] = stub;
}

const sorted = {};
for (const key of Object.keys(exported).sort()) sorted[key] = exported[key];
module.exports = sorted;
