'use strict';
// fs.Dir and opendir. The listing is taken when the directory is opened
// (one binding call, with entry types), and read() hands it out entry by
// entry; a recursive Dir lists the whole tree up front the same way.

const fsb = internalBinding('fs_ops');
const {
  codes, toPath, getOptions, listingMode, validateFunction, toDirents, validateInteger, validateBoolean,
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
  // Asynchronous reads taken but not yet delivered: sync work must wait.
  #pending = 0;

  constructor(handle, path) {
    if (!handle) throw new (codes().ERR_MISSING_ARGS)('handle');
    this.#entries = handle;
    this.#path = path;
  }

  get path() {
    if (!(#path in this)) throw new (codes().ERR_INVALID_THIS)('Dir');
    return this.#path;
  }

  #take() {
    if (this.#closed) throw new (codes().ERR_DIR_CLOSED)();
    const list = this.#entries;
    return this.#next < list.length ? list[this.#next++] : null;
  }

  #checkNoPending() {
    if (this.#pending > 0) throw new (codes().ERR_DIR_CONCURRENT_OPERATION)();
  }

  readSync() {
    this.#checkNoPending();
    return this.#take();
  }

  read(callback) {
    if (callback === undefined) {
      let entry;
      try {
        entry = this.#take();
      } catch (err) {
        return Promise.reject(err);
      }
      this.#pending++;
      return new Promise((resolve) => process.nextTick(() => {
        this.#pending--;
        resolve(entry);
      }));
    }
    validateFunction(callback, 'callback');
    const entry = this.#take();
    this.#pending++;
    process.nextTick(() => {
      this.#pending--;
      callback(null, entry);
    });
    return undefined;
  }

  get closed() { return this.#closed; }

  closeSync() {
    this.#checkNoPending();
    this.#close();
  }

  #close() {
    if (this.#closed) throw new (codes().ERR_DIR_CLOSED)();
    this.#closed = true;
    this.#entries = [];
  }

  // An asynchronous close waits for the reads before it (they have their
  // entries already), so it does not count as concurrent work.
  close(callback) {
    if (callback === undefined) {
      try {
        this.#close();
        return Promise.resolve();
      } catch (err) {
        return Promise.reject(err);
      }
    }
    validateFunction(callback, 'callback');
    let error = null;
    try {
      this.#close();
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
      if (!this.#closed) this.#close();
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
    listing = fsb[opts.recursive ? 'readdirRecursive' : 'readdir'](p, listingMode(true, opts.encoding));
  } catch (err) {
    throw opendirError(err);
  }
  return new Dir(toDirents(p, listing, opts.encoding), p);
}

function opendir(path, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  validateFunction(callback, 'callback');
  const [p, opts] = dirArgs(path, options);
  fsb[opts.recursive ? 'readdirRecursive' : 'readdir'](p, listingMode(true, opts.encoding), (err, listing) => {
    if (err) callback(require('internal/errors').makeSystemError(err.errno, 'opendir', p));
    else callback(null, new Dir(toDirents(p, listing, opts.encoding), p));
  });
}

module.exports = { Dir, opendir, opendirSync };
