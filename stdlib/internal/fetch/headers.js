'use strict';
// The Fetch standard's Headers class (https://fetch.spec.whatwg.org/#headers-class).
// Names compare case-insensitively; each name keeps the spelling it was
// first added with (which Node's inspect shows) and its values in order.
// Iteration is over the names sorted, values combined with ", " except
// Set-Cookie, whose values stay separate.

const { customInspectSymbol } = require('internal/util');
const {
  illegalInvocation, checkArgCount, toByteString, definePairIterable, defineInterface,
} = require('internal/fetch/webidl');

const kToken = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
const kBadValueChar = /[\0\r\n]/;
const kEdgeWhitespace = /^[\t\n\r ]+|[\t\n\r ]+$/g;

const isValidName = (name) => kToken.test(name);

// HTTP whitespace at either end is dropped; what is left may not hold a
// NUL, CR or LF.
function normalizeValue(value) {
  const n = value.length;
  if (n === 0 || (value.charCodeAt(0) > 0x20 && value.charCodeAt(n - 1) > 0x20)) return value;
  return value.replace(kEdgeWhitespace, '');
}

// Lower-cased names, remembered: the same few names recur in every
// request, and lower-casing is a large part of a lookup.
const kLowerCache = new Map();
function lowerName(name) {
  let lower = kLowerCache.get(name);
  if (lower === undefined) {
    lower = name.toLowerCase();
    if (kLowerCache.size >= 512) kLowerCache.clear();
    kLowerCache.set(name, lower);
  }
  return lower;
}

function checkName(name, context) {
  if (!isValidName(name)) throw new TypeError(`${context}: "${name}" is an invalid header name.`);
}

function checkValue(value, context) {
  if (kBadValueChar.test(value)) throw new TypeError(`${context}: "${value}" is an invalid header value.`);
}

let isHeaders;
let headersAppend;    // (headers, name, value, context): validated append
let headersGuard;     // (headers, guard): sets the guard
let headersPairs;     // (headers): the sorted and combined [name, value] list
let headersRaw;       // (headers): [[name as first spelled, value], ...] per value

function check(value) {
  if (!isHeaders(value)) throw illegalInvocation();
}

// Fills `headers` from a HeadersInit (a sequence of pairs or a record).
function fill(headers, init) {
  const context = 'Headers constructor';
  if (init === null || (typeof init !== 'object' && typeof init !== 'function')) {
    throw new TypeError(`${context}: Argument 1 could not be converted to one of: ` +
      'sequence<sequence<ByteString>>, record<ByteString, ByteString>.');
  }
  // Another Headers is copied with its names as first spelled (Node shows
  // them in inspect).
  if (isHeaders(init) && init[Symbol.iterator] === Headers.prototype.entries) {
    for (const [name, value] of headersRaw(init)) headersAppend(headers, name, value, 'Headers.append');
    return;
  }
  const method = init[Symbol.iterator];
  if (typeof method === 'function') {
    let index = 0;
    for (const pair of { [Symbol.iterator]: () => method.call(init) }) {
      if (pair === null || typeof pair !== 'object' || typeof pair[Symbol.iterator] !== 'function') {
        const shown = pair !== null && typeof pair === 'object' ? '' :
          ` (${typeof pair === 'string' ? `"${pair}"` : String(pair)})`;
        throw new TypeError(`${context}: init[${index}]${shown} is not iterable.`);
      }
      const items = Array.from(pair);
      if (items.length !== 2) {
        throw new TypeError(`${context}: expected name/value pair to be length 2, found ${items.length}.`);
      }
      const name = toByteString(items[0], `${context}: init[${index}][0]`);
      headersAppend(headers, name, toByteString(items[1], `${context}: init[${index}][1]`), 'Headers.append');
      index++;
    }
    return;
  }
  const symbols = Object.getOwnPropertySymbols(init);
  if (symbols.length > 0) {
    throw new TypeError(`${context}: Key ${String(symbols[0])} in init is a symbol, ` +
      'which cannot be converted to a ByteString.');
  }
  for (const key of Object.keys(init)) {
    const name = toByteString(key);
    const value = toByteString(init[key], `${context}: init["${name}"]`);
    headersAppend(headers, name, value, 'Headers.append');
  }
}

class Headers {
  // lower-cased name -> { name (first spelling), values: [] }
  #map = new Map();
  #guard = 'none';
  #sorted = null;

  constructor(init = undefined) {
    if (init !== undefined) fill(this, init);
  }

  static {
    isHeaders = (value) => value !== null && typeof value === 'object' && #map in value;
    headersGuard = (headers, guard) => { headers.#guard = guard; };
    headersAppend = (headers, name, value, context) => headers.#append(name, value, context);
    headersPairs = (headers) => headers.#pairs();
    headersRaw = (headers) => {
      const out = [];
      for (const entry of headers.#map.values()) {
        for (const value of entry.values) out.push([entry.name, value]);
      }
      return out;
    };
  }

  #checkMutable() {
    if (this.#guard === 'immutable') throw new TypeError('immutable');
  }

  #append(name, value, context) {
    const normalized = normalizeValue(value);
    checkName(name, context);
    checkValue(normalized, context);
    this.#checkMutable();
    const key = lowerName(name);
    const entry = this.#map.get(key);
    if (entry === undefined) {
      this.#map.set(key, { name, values: [normalized] });
    } else {
      entry.values.push(normalized);
    }
    this.#sorted = null;
  }

  // "sort and combine", cached until the next change.
  #pairs() {
    if (this.#sorted !== null) return this.#sorted;
    const keys = [...this.#map.keys()].sort();
    const out = [];
    for (const key of keys) {
      const { values } = this.#map.get(key);
      if (key === 'set-cookie') {
        for (const value of values) out.push([key, value]);
      } else {
        out.push([key, values.join(', ')]);
      }
    }
    this.#sorted = out;
    return out;
  }

  append(name, value) {
    check(this);
    if (value === undefined) checkArgCount(arguments.length, 2, 'Headers.append');
    this.#append(toByteString(name, 'Headers.append: name'), toByteString(value, 'Headers.append: value'),
      'Headers.append');
  }

  delete(name) {
    check(this);
    if (name === undefined) checkArgCount(arguments.length, 1, 'Headers.delete');
    const text = toByteString(name, 'Headers.delete: name');
    checkName(text, 'Headers.delete');
    this.#checkMutable();
    if (this.#map.delete(lowerName(text))) this.#sorted = null;
  }

  get(name) {
    check(this);
    if (name === undefined) checkArgCount(arguments.length, 1, 'Headers.get');
    const text = toByteString(name, 'Headers.get: name');
    checkName(text, 'Headers.get');
    const entry = this.#map.get(lowerName(text));
    return entry === undefined ? null : entry.values.join(', ');
  }

  has(name) {
    check(this);
    if (name === undefined) checkArgCount(arguments.length, 1, 'Headers.has');
    const text = toByteString(name, 'Headers.has: name');
    checkName(text, 'Headers.has');
    return this.#map.has(lowerName(text));
  }

  set(name, value) {
    check(this);
    if (value === undefined) checkArgCount(arguments.length, 2, 'Headers.set');
    const text = toByteString(name, 'Headers.set: name');
    const normalized = normalizeValue(toByteString(value, 'Headers.set: value'));
    checkName(text, 'Headers.set');
    checkValue(normalized, 'Headers.set');
    this.#checkMutable();
    const key = lowerName(text);
    const entry = this.#map.get(key);
    if (entry === undefined) {
      this.#map.set(key, { name: text, values: [normalized] });
    } else {
      entry.name = text;
      entry.values = [normalized];
    }
    this.#sorted = null;
  }

  getSetCookie() {
    check(this);
    const entry = this.#map.get('set-cookie');
    return entry === undefined ? [] : entry.values.slice();
  }

  [customInspectSymbol](depth, options, inspect) {
    const shown = {};
    for (const entry of this.#map.values()) shown[entry.name] = entry.values.join(', ');
    return `Headers ${inspect(shown, options)}`;
  }
}

definePairIterable(Headers, 'Headers', check, (headers) => headersPairs(headers));
defineInterface(Headers, 'Headers');

module.exports = {
  Headers,
  isHeaders,
  fillHeaders: fill,
  headersAppend: (headers, name, value) => headersAppend(headers, name, value, 'Headers.append'),
  headersGuard: (headers, guard) => headersGuard(headers, guard),
  headersRaw: (headers) => headersRaw(headers),
  isValidHeaderName: isValidName,
};
