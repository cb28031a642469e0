'use strict';
// fs.Dir and opendir. The listing is taken when the directory is opened
// (one binding call, with entry types), and read() hands it out entry by
// entry; a recursive Dir lists the whole tree up front the same way.

const fsb = internalBinding('fs_ops');
const {
  codes, toPath, getOptions, checkCallback, toDirents, validateInteger, validateBoolean,
} = require('internal/fs/utils');

// The sync form reports a failed opendir without the path, the async one
// with it (as node does).
function opendirError(err) {
  return require('internal/errors').makeSystemError(err.errno, 'opendir');
}

class Dir {
  #path;
  #entries;
  #next = 0;
  #closed = false;

  constructor(path, entries) {
    this.#path = path;
    this.#entries = entries;
  }

  get path() { return this.#path; }

  #take() {
    if (this.#closed) throw new (codes().ERR_DIR_CLOSED)();
    const list = this.#entries;
    return this.#next < list.length ? list[this.#next++] : null;
  }

  readSync() {
    return this.#take();
  }

  read(callback) {
    if (callback === undefined) {
      try {
        return Promise.resolve(this.#take());
      } catch (err) {
        return Promise.reject(err);
      }
    }
    checkCallback(callback);
    const entry = this.#take();
    process.nextTick(callback, null, entry);
    return undefined;
  }

  get closed() { return this.#closed; }

  closeSync() {
    if (this.#closed) throw new (codes().ERR_DIR_CLOSED)();
    this.#closed = true;
    this.#entries = [];
  }

  close(callback) {
    if (callback === undefined) {
      try {
        this.closeSync();
        return Promise.resolve();
      } catch (err) {
        return Promise.reject(err);
      }
    }
    checkCallback(callback);
    let error = null;
    try {
      this.closeSync();
    } catch (err) {
      error = err;
    }
    process.nextTick(callback, error);
    return undefined;
  }

  async* entries() {
    try {
      for (;;) {
        const entry = this.#take();
        if (entry === null) break;
        yield entry;
      }
    } finally {
      if (!this.#closed) this.closeSync();
    }
  }

  [Symbol.asyncIterator]() { return this.entries(); }
}

// `using` support where the engine has the symbols.
if (typeof Symbol.dispose === 'symbol') {
  Dir.prototype[Symbol.dispose] = function dispose() { if (!this.closed) this.closeSync(); };
}
if (typeof Symbol.asyncDispose === 'symbol') {
  Dir.prototype[Symbol.asyncDispose] = async function asyncDispose() { this[Symbol.dispose]?.(); };
}

const kDirDefaults = { __proto__: null, encoding: 'utf8', bufferSize: 32, recursive: false };

function dirArgs(path, options) {
  const p = toPath(path);
  const opts = getOptions(options, kDirDefaults);
  validateInteger(opts.bufferSize, 'options.bufferSize', 1, 4294967295);
  validateBoolean(opts.recursive, 'options.recursive');
  return [p, opts];
}

function opendirSync(path, options) {
  const [p, opts] = dirArgs(path, options);
  let listing;
  try {
    listing = fsb[opts.recursive ? 'readdirRecursive' : 'readdir'](p, true);
  } catch (err) {
    throw opendirError(err);
  }
  return new Dir(p, toDirents(p, listing, opts.encoding));
}

function opendir(path, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  checkCallback(callback);
  const [p, opts] = dirArgs(path, options);
  fsb[opts.recursive ? 'readdirRecursive' : 'readdir'](p, true, (err, listing) => {
    if (err) callback(require('internal/errors').makeSystemError(err.errno, 'opendir', p));
    else callback(null, new Dir(p, toDirents(p, listing, opts.encoding)));
  });
}

module.exports = { Dir, opendir, opendirSync };
