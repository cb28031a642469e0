'use strict';
// Stats, BigIntStats and StatFs, built from the typed arrays the binding
// fills (slots: dev mode nlink uid gid rdev blksize ino size blocks, then
// seconds and nanoseconds of atime mtime ctime birthtime). Loaded on the
// first stat call.

const S_IFMT = 0o170000;

function modeIs(mode, type) {
  return (typeof mode === 'bigint' ? Number(mode) & S_IFMT : mode & S_IFMT) === type;
}

// Methods shared by both kinds.
class StatsBase {
  constructor(dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks) {
    this.dev = dev;
    this.mode = mode;
    this.nlink = nlink;
    this.uid = uid;
    this.gid = gid;
    this.rdev = rdev;
    this.blksize = blksize;
    this.ino = ino;
    this.size = size;
    this.blocks = blocks;
  }

  isDirectory() { return modeIs(this.mode, 0o40000); }
  isFile() { return modeIs(this.mode, 0o100000); }
  isBlockDevice() { return modeIs(this.mode, 0o60000); }
  isCharacterDevice() { return modeIs(this.mode, 0o20000); }
  isSymbolicLink() { return modeIs(this.mode, 0o120000); }
  isFIFO() { return modeIs(this.mode, 0o10000); }
  isSocket() { return modeIs(this.mode, 0o140000); }
}

// The Date fields are computed on first read and then stored on the object
// (as an ordinary writable property), like node's.
function lazyDates(proto, fromMs) {
  for (const name of ['atime', 'mtime', 'ctime', 'birthtime']) {
    const msKey = `${name}Ms`;
    Object.defineProperty(proto, name, {
      __proto__: null,
      enumerable: false,
      configurable: true,
      get() {
        const value = new Date(fromMs(this[msKey]));
        Object.defineProperty(this, name, { __proto__: null, value, writable: true, enumerable: true, configurable: true });
        return value;
      },
      set(value) {
        Object.defineProperty(this, name, { __proto__: null, value, writable: true, enumerable: true, configurable: true });
      },
    });
  }
  Object.defineProperty(proto, '_checkModeProperty', {
    __proto__: null, writable: true, enumerable: false, configurable: true,
    value: function _checkModeProperty(property) { return modeIs(this.mode, property); },
  });
}

class Stats extends StatsBase {
  constructor(dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks, atimeMs, mtimeMs, ctimeMs,
    birthtimeMs) {
    super(dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks);
    this.atimeMs = atimeMs;
    this.mtimeMs = mtimeMs;
    this.ctimeMs = ctimeMs;
    this.birthtimeMs = birthtimeMs;
  }
}
lazyDates(Stats.prototype, (ms) => ms);

class BigIntStats extends StatsBase {
  constructor(dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks, atimeNs, mtimeNs, ctimeNs,
    birthtimeNs) {
    super(dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks);
    this.atimeMs = atimeNs / 1000000n;
    this.mtimeMs = mtimeNs / 1000000n;
    this.ctimeMs = ctimeNs / 1000000n;
    this.birthtimeMs = birthtimeNs / 1000000n;
    this.atimeNs = atimeNs;
    this.mtimeNs = mtimeNs;
    this.ctimeNs = ctimeNs;
    this.birthtimeNs = birthtimeNs;
  }
}
lazyDates(BigIntStats.prototype, (ms) => Number(ms));

function msOf(a, i) { return a[i] * 1000 + a[i + 1] / 1e6; }
function nsOf(a, i) { return a[i] * 1000000000n + a[i + 1]; }

// From the binding's array (Float64Array or BigInt64Array).
function statsFromArray(a) {
  if (a instanceof BigInt64Array) {
    return new BigIntStats(a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7], a[8], a[9],
      nsOf(a, 10), nsOf(a, 12), nsOf(a, 14), nsOf(a, 16));
  }
  return new Stats(a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7], a[8], a[9],
    msOf(a, 10), msOf(a, 12), msOf(a, 14), msOf(a, 16));
}

class StatFs {
  constructor(type, bsize, blocks, bfree, bavail, files, ffree) {
    this.type = type;
    this.bsize = bsize;
    this.frsize = bsize;
    this.blocks = blocks;
    this.bfree = bfree;
    this.bavail = bavail;
    this.files = files;
    this.ffree = ffree;
  }
}

function statFsFromArray(a) {
  return new StatFs(a[0], a[1], a[2], a[3], a[4], a[5], a[6]);
}

module.exports = { Stats, BigIntStats, StatFs, statsFromArray, statFsFromArray };
