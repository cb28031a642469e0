'use strict';
// The `navigator` global (a subset of the HTML Navigator): hardware
// concurrency, language(s), platform and user agent, as Node reports them.
// `locks` (the Web Locks API) is not provided yet.

const { codes: { ERR_ILLEGAL_CONSTRUCTOR } } = require('internal/errors');

const kConstructToken = Symbol('kConstructToken');

// The default locale the way ICU picks it on POSIX systems (LC_ALL, then
// LC_MESSAGES, then LANG), as a BCP 47 tag; "C" and "POSIX" mean en-US.
// JavaScriptCore's Intl does not look at these variables, so read them here.
function defaultLanguage() {
  const env = process.env;
  let id = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  id = id.replace(/[.@].*$/, '');
  if (id === '' || id === 'C' || id === 'POSIX') return 'en-US';
  try {
    return Intl.getCanonicalLocales(id.replace(/_/g, '-'))[0];
  } catch {
    return 'en-US';
  }
}

const kArchNames = { __proto__: null, x64: 'x86_64', arm64: 'aarch64', ia32: 'i686', arm: 'armv7l' };

function platformName() {
  const arch = kArchNames[process.arch] || process.arch;
  switch (process.platform) {
    case 'linux': return `Linux ${arch}`;
    case 'darwin': return 'MacIntel';
    case 'win32': return 'Win32';
    default: return `${process.platform} ${arch}`;
  }
}

function cpuCount() {
  try {
    return require('os').availableParallelism();
  } catch {
    // node:os not available: report one CPU rather than nothing.
    return 1;
  }
}

class Navigator {
  #hardwareConcurrency;
  #language;
  #languages;
  #platform;
  #userAgent;

  constructor(token = undefined) {
    if (token !== kConstructToken) throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  get hardwareConcurrency() {
    this.#hardwareConcurrency ??= cpuCount();
    return this.#hardwareConcurrency;
  }

  get language() {
    this.#language ??= defaultLanguage();
    return this.#language;
  }

  get languages() {
    this.#languages ??= Object.freeze([this.language]);
    return this.#languages;
  }

  get userAgent() {
    this.#userAgent ??= `Node.js/${process.version.slice(1, process.version.indexOf('.'))}`;
    return this.#userAgent;
  }

  get platform() {
    this.#platform ??= platformName();
    return this.#platform;
  }
}

// WebIDL attributes are enumerable; class syntax makes them not.
for (const key of Object.getOwnPropertyNames(Navigator.prototype)) {
  if (key !== 'constructor') Object.defineProperty(Navigator.prototype, key, { __proto__: null, enumerable: true });
}

const navigator = new Navigator(kConstructToken);

module.exports = { Navigator, navigator };
