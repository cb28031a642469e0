'use strict';
// WHATWG URL and URLSearchParams (https://url.spec.whatwg.org/). The
// parsing itself lives in internal/url/parser.

const parser = require('internal/url/parser');
const { codes } = require('internal/errors');

const {
  basicParse, cloneRecord, serializeURL, serializePath, serializeOrigin, states,
  percentEncodeString, decodeQueryComponent, sets,
} = parser;

const customInspect = Symbol.for('nodejs.util.inspect.custom');

let inspectImpl;
function inspect(value, opts) {
  if (inspectImpl === undefined) inspectImpl = require('internal/util/inspect').inspect;
  return inspectImpl(value, opts);
}

// WebIDL USVString: lone surrogates become U+FFFD.
function toUSVString(value) {
  // The message V8 gives, which Node's callers see.
  if (typeof value === 'symbol') throw new TypeError('Cannot convert a Symbol value to a string');
  const str = `${value}`;
  return typeof str.toWellFormed === 'function' ? str.toWellFormed() :
    str.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

// ---- application/x-www-form-urlencoded ---------------------------------------

// Parses `input` into a flat [name, value, name, value, ...] list.
function parseUrlencoded(input) {
  const list = [];
  if (input === '') return list;
  for (const sequence of input.split('&')) {
    if (sequence === '') continue;
    const eq = sequence.indexOf('=');
    let name = eq === -1 ? sequence : sequence.slice(0, eq);
    let value = eq === -1 ? '' : sequence.slice(eq + 1);
    if (name.includes('+')) name = name.replaceAll('+', ' ');
    if (value.includes('+')) value = value.replaceAll('+', ' ');
    list.push(decodeQueryComponent(name), decodeQueryComponent(value));
  }
  return list;
}

function serializeUrlencoded(list) {
  let out = '';
  for (let i = 0; i < list.length; i += 2) {
    if (i > 0) out += '&';
    out += percentEncodeString(list[i], sets.FORM_SET, true) + '=' + percentEncodeString(list[i + 1], sets.FORM_SET, true);
  }
  return out;
}

// ---- URLSearchParams -------------------------------------------------------------

// Hooks between the two classes, set in their static blocks.
let paramsList;          // (params) -> its flat list
let paramsSetList;       // (params, list) -> void
let paramsOwner;         // (params, url) -> void
let urlUpdateQuery;      // (url, serializedQuery) -> void
let isURLSearchParams;   // (value) -> boolean
let checkURL;            // (value) -> throws, as Node does, unless a URL

function missing(...names) {
  return new codes.ERR_MISSING_ARGS(...names);
}

function invalidTuple() {
  return new codes.ERR_INVALID_TUPLE('Each query pair', '[name, value]');
}

function listFromSequence(init, method) {
  const list = [];
  for (const pair of { [Symbol.iterator]: () => method.call(init) }) {
    if ((typeof pair !== 'object' && typeof pair !== 'function') || pair === null ||
        typeof pair[Symbol.iterator] !== 'function') {
      throw invalidTuple();
    }
    const items = Array.from(pair);
    if (items.length !== 2) throw invalidTuple();
    list.push(toUSVString(items[0]), toUSVString(items[1]));
  }
  return list;
}

function listFromRecord(init) {
  const list = [];
  const index = new Map();
  for (const key of Reflect.ownKeys(init)) {
    const desc = Reflect.getOwnPropertyDescriptor(init, key);
    if (desc === undefined || !desc.enumerable) continue;
    // A symbol key throws here, as WebIDL's record conversion does.
    const name = toUSVString(key);
    const value = toUSVString(init[key]);
    // Two keys that differ only in lone surrogates collapse into one entry.
    if (index.has(name)) {
      list[index.get(name) + 1] = value;
    } else {
      index.set(name, list.length);
      list.push(name, value);
    }
  }
  return list;
}

class URLSearchParams {
  #list = [];
  #url = null;

  constructor(init = undefined) {
    if (init === undefined || init === null) {
      if (init === null) this.#list = parseUrlencoded('null');
    } else if (typeof init === 'object' || typeof init === 'function') {
      const method = init[Symbol.iterator];
      if (method !== undefined && method !== null) {
        if (typeof method !== 'function') throw new codes.ERR_ARG_NOT_ITERABLE('Query pairs');
        this.#list = listFromSequence(init, method);
      } else {
        this.#list = listFromRecord(init);
      }
    } else {
      let text = toUSVString(init);
      if (text[0] === '?') text = text.slice(1);
      this.#list = parseUrlencoded(text);
    }
  }

  static {
    paramsList = (params) => params.#list;
    paramsSetList = (params, list) => {
      params.#list = list;
    };
    paramsOwner = (params, url) => {
      params.#url = url;
    };
    isURLSearchParams = (value) => value !== null && typeof value === 'object' && #list in value;
  }

  #update() {
    if (this.#url !== null) urlUpdateQuery(this.#url, serializeUrlencoded(this.#list));
  }

  get size() {
    checkParams(this);
    return this.#list.length / 2;
  }

  append(name, value) {
    checkParams(this);
    if (arguments.length < 2) throw missing('name', 'value');
    this.#list.push(toUSVString(name), toUSVString(value));
    this.#update();
  }

  delete(name, value = undefined) {
    checkParams(this);
    if (arguments.length < 1) throw missing('name');
    name = toUSVString(name);
    if (value !== undefined) value = toUSVString(value);
    const list = this.#list;
    let out = 0;
    for (let i = 0; i < list.length; i += 2) {
      if (list[i] === name && (value === undefined || list[i + 1] === value)) continue;
      list[out++] = list[i];
      list[out++] = list[i + 1];
    }
    list.length = out;
    this.#update();
  }

  get(name) {
    checkParams(this);
    if (arguments.length < 1) throw missing('name');
    name = toUSVString(name);
    const list = this.#list;
    for (let i = 0; i < list.length; i += 2) if (list[i] === name) return list[i + 1];
    return null;
  }

  getAll(name) {
    checkParams(this);
    if (arguments.length < 1) throw missing('name');
    name = toUSVString(name);
    const list = this.#list;
    const out = [];
    for (let i = 0; i < list.length; i += 2) if (list[i] === name) out.push(list[i + 1]);
    return out;
  }

  has(name, value = undefined) {
    checkParams(this);
    if (arguments.length < 1) throw missing('name');
    name = toUSVString(name);
    if (value !== undefined) value = toUSVString(value);
    const list = this.#list;
    for (let i = 0; i < list.length; i += 2) {
      if (list[i] === name && (value === undefined || list[i + 1] === value)) return true;
    }
    return false;
  }

  set(name, value) {
    checkParams(this);
    if (arguments.length < 2) throw missing('name', 'value');
    name = toUSVString(name);
    value = toUSVString(value);
    const list = this.#list;
    let found = false;
    let out = 0;
    for (let i = 0; i < list.length; i += 2) {
      if (list[i] === name) {
        if (found) continue;
        found = true;
        list[out++] = name;
        list[out++] = value;
        continue;
      }
      list[out++] = list[i];
      list[out++] = list[i + 1];
    }
    list.length = out;
    if (!found) list.push(name, value);
    this.#update();
  }

  sort() {
    checkParams(this);
    const list = this.#list;
    const pairs = [];
    for (let i = 0; i < list.length; i += 2) pairs.push([list[i], list[i + 1]]);
    // Array.prototype.sort is stable; `<` compares UTF-16 code units.
    pairs.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    for (let i = 0; i < pairs.length; i++) {
      list[2 * i] = pairs[i][0];
      list[2 * i + 1] = pairs[i][1];
    }
    this.#update();
  }

  entries() {
    checkParams(this);
    return new URLSearchParamsIterator(this, 'key+value');
  }

  forEach(callback, thisArg = undefined) {
    checkParams(this);
    if (typeof callback !== 'function') throw new codes.ERR_INVALID_ARG_TYPE('callback', 'Function', callback);
    const list = this.#list;
    for (let i = 0; i < list.length; i += 2) callback.call(thisArg, list[i + 1], list[i], this);
  }

  keys() {
    checkParams(this);
    return new URLSearchParamsIterator(this, 'key');
  }

  values() {
    checkParams(this);
    return new URLSearchParamsIterator(this, 'value');
  }

  toString() {
    checkParams(this);
    return serializeUrlencoded(this.#list);
  }

  [customInspect](depth, options) {
    checkParams(this);
    if (typeof depth === 'number' && depth < 0) return options.stylize('[Object]', 'special');
    const name = typeof this.constructor === 'function' ? this.constructor.name : 'URLSearchParams';
    const list = this.#list;
    if (list.length === 0) return `${name} {}`;
    const inner = { ...options, depth: depth === null ? null : depth - 1 };
    const items = [];
    let length = -2;
    for (let i = 0; i < list.length; i += 2) {
      const item = `${inspect(list[i], inner)} => ${inspect(list[i + 1], inner)}`;
      items.push(item);
      length += visibleLength(item) + 2;
    }
    if (length > options.breakLength) return `${name} {\n  ${items.join(',\n  ')} }`;
    return `${name} { ${items.join(', ')} }`;
  }
}

function checkParams(value) {
  if (!isURLSearchParams(value)) throw new codes.ERR_INVALID_THIS('URLSearchParams');
}

// eslint-disable-next-line no-control-regex
const kAnsi = /\u001b\[\d\d?m/g;
function visibleLength(text) {
  return text.replace(kAnsi, '').length;
}

const kIterator = Symbol('URLSearchParams iterator state');
const IteratorPrototype = Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]()));

function iteratorState(value) {
  const state = value !== null && typeof value === 'object' ? value[kIterator] : undefined;
  if (state === undefined) throw new codes.ERR_INVALID_THIS('URLSearchParamsIterator');
  return state;
}

class URLSearchParamsIterator {
  constructor(params, kind) {
    Object.defineProperty(this, kIterator, { value: { params, kind, index: 0 }, enumerable: false });
  }

  next() {
    const state = iteratorState(this);
    const list = paramsList(state.params);
    if (state.index >= list.length) return { value: undefined, done: true };
    const i = state.index;
    state.index += 2;
    const value = state.kind === 'key' ? list[i] : state.kind === 'value' ? list[i + 1] : [list[i], list[i + 1]];
    return { value, done: false };
  }

  [customInspect](depth, options) {
    const state = iteratorState(this);
    if (typeof depth === 'number' && depth < 0) return options.stylize('[Object]', 'special');
    const list = paramsList(state.params);
    const inner = { ...options, depth: depth === null ? null : depth - 1 };
    const values = [];
    for (let i = state.index; i < list.length; i += 2) {
      values.push(state.kind === 'key' ? list[i] : state.kind === 'value' ? list[i + 1] : [list[i], list[i + 1]]);
    }
    const items = values.map((value) => inspect(value, inner));
    // Laid out on one line exactly when the remaining values would be as an
    // array one level further down.
    const oneLine = !inspect(values, { ...inner, maxArrayLength: Infinity }).includes('\n');
    if (!oneLine) return `URLSearchParams Iterator {\n  ${items.join(',\n  ')} }`;
    return `URLSearchParams Iterator { ${items.join(', ')} }`;
  }
}

Object.setPrototypeOf(URLSearchParamsIterator.prototype, IteratorPrototype);
delete URLSearchParamsIterator.prototype.constructor;
Object.defineProperty(URLSearchParamsIterator.prototype, 'next', { enumerable: true });
Object.defineProperty(URLSearchParamsIterator.prototype, Symbol.toStringTag, {
  value: 'URLSearchParams Iterator', writable: false, enumerable: false, configurable: true,
});
Object.defineProperty(URLSearchParamsIterator.prototype, customInspect, { enumerable: false });

// ---- URL ----------------------------------------------------------------------------

// Node's URL constructor throws a plain TypeError ("TypeError: Invalid
// URL", no code in the name) carrying code, input and base properties.
function invalidURL(input, base) {
  const err = new TypeError('Invalid URL');
  err.code = 'ERR_INVALID_URL';
  err.input = input;
  if (base !== undefined) err.base = base;
  if (typeof Error.captureStackTrace === 'function') Error.captureStackTrace(err, URL);
  return err;
}

function parseOrNull(input, base) {
  let baseRecord = null;
  if (base !== undefined) {
    baseRecord = basicParse(toUSVString(base), null);
    if (baseRecord === null) return null;
  }
  return basicParse(toUSVString(input), baseRecord);
}

let blobStore;

class URL {
  #url;
  #href;
  #searchParams = null;

  constructor(input, base = undefined) {
    if (arguments.length === 0) throw missing('url');
    input = `${input}`;
    if (base !== undefined) base = `${base}`;
    const record = parseOrNull(input, base);
    if (record === null) throw invalidURL(input, base);
    this.#url = record;
    this.#href = serializeURL(record);
  }

  static {
    // The messages are the ones Node's own brand checks give.
    // `member`: true for a method-style message, else the private member
    // Node's implementation reads first.
    checkURL = (value, member = '#context') => {
      if (value === null || typeof value !== 'object' || !(#url in value)) {
        throw new TypeError(member === true ? 'Receiver must be an instance of class URL' :
          `Cannot read private member ${member} from an object whose class did not declare it`);
      }
    };
    urlUpdateQuery = (url, serialized) => {
      url.#url.query = serialized === '' ? null : serialized;
      url.#href = serializeURL(url.#url);
    };
  }

  #changed() {
    this.#href = serializeURL(this.#url);
  }

  // Re-parses the query into the linked URLSearchParams object.
  #queryChanged() {
    if (this.#searchParams !== null) paramsSetList(this.#searchParams, parseUrlencoded(this.#url.query || ''));
  }

  static parse(input, base = undefined) {
    if (arguments.length === 0) throw missing('url');
    const url = new URL('data:,');
    input = `${input}`;
    if (base !== undefined) base = `${base}`;
    const record = parseOrNull(input, base);
    if (record === null) return null;
    url.#url = record;
    url.#href = serializeURL(record);
    return url;
  }

  static canParse(input, base = undefined) {
    if (arguments.length === 0) throw missing('url');
    input = `${input}`;
    if (base !== undefined) base = `${base}`;
    return parseOrNull(input, base) !== null;
  }

  static createObjectURL(obj) {
    let Blob;
    try {
      ({ Blob } = require('buffer'));
    } catch {
      // node:buffer is not there yet.
    }
    if (typeof Blob !== 'function') throw new codes.ERR_JOLT_NOT_IMPLEMENTED('URL.createObjectURL');
    if (!(obj instanceof Blob)) throw new codes.ERR_INVALID_ARG_TYPE('obj', 'Blob', obj);
    if (blobStore === undefined) blobStore = new Map();
    const id = globalThis.crypto && typeof globalThis.crypto.randomUUID === 'function' ?
      globalThis.crypto.randomUUID() : randomId();
    const href = `blob:nodedata:${id}`;
    blobStore.set(href, obj);
    return href;
  }

  static revokeObjectURL(url) {
    if (arguments.length === 0) throw missing('url');
    if (blobStore !== undefined) blobStore.delete(`${url}`);
  }

  toString() {
    checkURL(this, true);
    return this.#href;
  }

  get href() {
    checkURL(this, true);
    return this.#href;
  }

  set href(value) {
    checkURL(this);
    value = `${value}`;
    const record = basicParse(toUSVString(value), null);
    if (record === null) throw new codes.ERR_INVALID_URL(value);
    this.#url = record;
    this.#changed();
    this.#queryChanged();
  }

  get origin() {
    checkURL(this);
    return serializeOrigin(this.#url);
  }

  get protocol() {
    checkURL(this);
    return this.#url.scheme + ':';
  }

  set protocol(value) {
    checkURL(this);
    this.#apply(`${value}:`, states.SCHEME_START);
  }

  get username() {
    checkURL(this);
    return this.#url.username;
  }

  set username(value) {
    checkURL(this);
    this.#setCredential('username', value);
  }

  get password() {
    checkURL(this);
    return this.#url.password;
  }

  set password(value) {
    checkURL(this);
    this.#setCredential('password', value);
  }

  get host() {
    checkURL(this);
    const url = this.#url;
    if (url.host === null) return '';
    return url.port === null ? url.host : `${url.host}:${url.port}`;
  }

  set host(value) {
    checkURL(this);
    if (this.#url.opaque) return;
    this.#apply(`${value}`, states.HOST);
  }

  get hostname() {
    checkURL(this);
    return this.#url.host === null ? '' : this.#url.host;
  }

  set hostname(value) {
    checkURL(this);
    if (this.#url.opaque) return;
    this.#apply(`${value}`, states.HOSTNAME);
  }

  get port() {
    checkURL(this);
    return this.#url.port === null ? '' : String(this.#url.port);
  }

  set port(value) {
    checkURL(this);
    if (this.#cannotHaveCredentials()) return;
    value = `${value}`;
    if (value === '') {
      this.#url.port = null;
      this.#changed();
      return;
    }
    this.#apply(value, states.PORT);
  }

  get pathname() {
    checkURL(this);
    return serializePath(this.#url);
  }

  set pathname(value) {
    checkURL(this);
    if (this.#url.opaque) return;
    this.#apply(`${value}`, states.PATH_START, (copy) => {
      copy.path = [];
    });
  }

  get search() {
    checkURL(this, true);
    const query = this.#url.query;
    return query === null || query === '' ? '' : `?${query}`;
  }

  set search(value) {
    checkURL(this);
    let input = toUSVString(value);
    if (input === '') {
      this.#url.query = null;
      this.#changed();
      this.#queryChanged();
      return;
    }
    if (input[0] === '?') input = input.slice(1);
    this.#apply(input, states.QUERY, (copy) => {
      copy.query = '';
    });
    this.#queryChanged();
  }

  get searchParams() {
    checkURL(this, '#searchParams');
    if (this.#searchParams === null) {
      // Not through the constructor, which would drop a leading "?".
      const params = new URLSearchParams();
      paramsSetList(params, parseUrlencoded(this.#url.query || ''));
      paramsOwner(params, this);
      this.#searchParams = params;
    }
    return this.#searchParams;
  }

  get hash() {
    checkURL(this);
    const fragment = this.#url.fragment;
    return fragment === null || fragment === '' ? '' : `#${fragment}`;
  }

  set hash(value) {
    checkURL(this);
    let input = toUSVString(value);
    if (input === '') {
      this.#url.fragment = null;
      this.#changed();
      return;
    }
    if (input[0] === '#') input = input.slice(1);
    this.#apply(input, states.FRAGMENT, (copy) => {
      copy.fragment = '';
    });
  }

  toJSON() {
    checkURL(this, true);
    return this.#href;
  }

  #setCredential(key, value) {
    if (this.#cannotHaveCredentials()) return;
    this.#url[key] = percentEncodeString(toUSVString(value), sets.USERINFO_SET);
    this.#changed();
  }

  #cannotHaveCredentials() {
    const url = this.#url;
    return url.host === null || url.host === '' || url.scheme === 'file';
  }

  // Runs the parser with a state override on a copy, so that a failure
  // half way leaves the URL as it was.
  #apply(input, state, prepare) {
    const copy = cloneRecord(this.#url);
    if (prepare !== undefined) prepare(copy);
    // As in the spec, what the parser set before a failure stays set.
    basicParse(toUSVString(input), null, copy, state);
    this.#url = copy;
    this.#changed();
  }

  [customInspect](depth, options) {
    checkURL(this, true);
    const name = typeof this.constructor === 'function' ? this.constructor.name : 'URL';
    if (typeof depth === 'number' && depth < 0) return `${name} {}`;
    const obj = {
      href: this.href,
      origin: this.origin,
      protocol: this.protocol,
      username: this.username,
      password: this.password,
      host: this.host,
      hostname: this.hostname,
      port: this.port,
      pathname: this.pathname,
      search: this.search,
      searchParams: this.searchParams,
      hash: this.hash,
    };
    return `${name} ${inspect(obj, { ...options, depth })}`;
  }

  // For internal/url users (url.js): the record behind a URL, or undefined.
  static [Symbol.for('jolt.url.record')](value) {
    return value !== null && typeof value === 'object' && #url in value ? value.#url : undefined;
  }
}

function randomId() {
  const hex = () => Math.floor(Math.random() * 0x10000).toString(16).padStart(4, '0');
  return `${hex()}${hex()}-${hex()}-4${hex().slice(1)}-${hex()}-${hex()}${hex()}${hex()}`;
}

function defineWebIdlMembers(ctor, tag) {
  const proto = ctor.prototype;
  for (const key of Object.getOwnPropertyNames(proto)) {
    if (key === 'constructor') continue;
    Object.defineProperty(proto, key, { enumerable: true });
  }
  Object.defineProperty(proto, customInspect, { enumerable: false });
  Object.defineProperty(proto, Symbol.toStringTag, {
    value: tag, writable: false, enumerable: false, configurable: true,
  });
  for (const key of Object.getOwnPropertyNames(ctor)) {
    if (typeof ctor[key] === 'function') Object.defineProperty(ctor, key, { enumerable: true });
  }
}

defineWebIdlMembers(URL, 'URL');
defineWebIdlMembers(URLSearchParams, 'URLSearchParams');
Object.defineProperty(URLSearchParams.prototype, Symbol.iterator, {
  value: URLSearchParams.prototype.entries, writable: true, enumerable: false, configurable: true,
});

const urlRecordOf = URL[Symbol.for('jolt.url.record')];
delete URL[Symbol.for('jolt.url.record')];

function isURL(value) {
  return urlRecordOf(value) !== undefined;
}

module.exports = {
  URL,
  URLSearchParams,
  isURL,
  urlRecordOf,
  toUSVString,
  parseUrlencoded,
  serializeUrlencoded,
  blobFromURL: (href) => (blobStore === undefined ? undefined : blobStore.get(href)),
};
