'use strict';
// The Fetch standard's Request class (https://fetch.spec.whatwg.org/#request-class)
// as Node exposes it: no forbidden headers, no document (so no base URL and
// the referrer stays "about:client").

const { customInspectSymbol } = require('internal/util');
const {
  illegalInvocation, checkArgCount, notInstance, toEnum, checkDictionary, toByteString, toUSVString,
  defineInterface,
} = require('internal/fetch/webidl');
const { Headers, fillHeaders, headersAppend, headersRaw } = require('internal/fetch/headers');
const {
  extractBody, isUsed, isUnusable, bodyStream, cloneBody, takeBody, defineBodyMethods,
} = require('internal/fetch/body');

const kModes = ['navigate', 'same-origin', 'no-cors', 'cors'];
const kCredentials = ['omit', 'same-origin', 'include'];
const kCaches = ['default', 'no-store', 'reload', 'no-cache', 'force-cache', 'only-if-cached'];
const kRedirects = ['follow', 'manual', 'error'];
const kDuplex = ['half'];
const kReferrerPolicies = ['', 'no-referrer', 'no-referrer-when-downgrade', 'same-origin', 'origin',
  'strict-origin', 'origin-when-cross-origin', 'strict-origin-when-cross-origin', 'unsafe-url'];
const kPriorities = ['high', 'low', 'auto'];

const kToken = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
const kNormalMethods = new Set(['DELETE', 'GET', 'HEAD', 'OPTIONS', 'POST', 'PUT']);
const kForbiddenMethods = new Set(['CONNECT', 'TRACE', 'TRACK']);

let patchWarned = false;

// A method checked and, if it is one of the standard ones, upper-cased.
function normalizeMethod(value) {
  const method = toByteString(value, 'undefined: undefined.method');
  if (!kToken.test(method)) throw new TypeError(`'${method}' is not a valid HTTP method.`);
  const upper = method.toUpperCase();
  if (kForbiddenMethods.has(upper)) throw new TypeError(`'${method}' HTTP method is unsupported.`);
  if (kNormalMethods.has(upper)) return upper;
  if (method === 'patch' && !patchWarned) {
    patchWarned = true;
    process.emitWarning('Using `patch` is highly likely to result in a `405 Method Not Allowed`. ' +
      '`PATCH` is much more likely to succeed.', { code: 'UNDICI-FETCH-patch' });
  }
  return method;
}

let urlModule;
function URLCtor() {
  if (urlModule === undefined) urlModule = require('internal/url');
  return urlModule.URL;
}

// Parses a request URL. Node has no base URL here, so relative ones fail.
function parseURL(input) {
  const text = toUSVString(input);
  try {
    return new (URLCtor())(text);
  } catch (err) {
    throw new TypeError(`Failed to parse URL from ${text}`, { cause: err });
  }
}

let abortModule;
function abortSignals() {
  if (abortModule === undefined) abortModule = require('internal/abort_controller');
  return abortModule;
}

// A signal that follows `parent` (or a fresh one).
function followingSignal(parent) {
  const { AbortController, AbortSignal } = abortSignals();
  if (parent === null || parent === undefined) return new AbortController().signal;
  return AbortSignal.any([parent]);
}

// The RequestInit members, read once each in WebIDL's (alphabetical) order.
function readInit(init) {
  checkDictionary(init);
  const out = {};
  if (init === undefined || init === null) return out;
  const read = (key, convert) => {
    const value = init[key];
    if (value !== undefined) out[key] = convert(value);
  };
  read('body', (v) => v);
  read('cache', (v) => toEnum(v, kCaches));
  read('credentials', (v) => toEnum(v, kCredentials));
  read('duplex', (v) => toEnum(v, kDuplex));
  read('headers', (v) => v);
  read('integrity', (v) => `${v}`);
  read('keepalive', (v) => Boolean(v));
  read('method', (v) => v);
  read('mode', (v) => toEnum(v, kModes));
  read('priority', (v) => toEnum(v, kPriorities));
  read('redirect', (v) => toEnum(v, kRedirects));
  read('referrer', (v) => toUSVString(v));
  read('referrerPolicy', (v) => toEnum(v, kReferrerPolicies));
  read('signal', (v) => {
    if (v !== null && !abortSignals().isAbortSignal(v)) throw notInstance('RequestInit', 'signal', v, 'AbortSignal');
    return v;
  });
  if ('window' in init) out.window = init.window;
  return out;
}

function referrerOf(text) {
  if (text === '') return 'no-referrer';
  if (text === 'about:client') return 'client';
  return parseURL(text).href;
}

let isRequest;
let stateOf;
// Passed to the constructor by clone() to get an empty object to fill.
const kInternal = Symbol('kInternal');

function check(value) {
  if (!isRequest(value)) throw illegalInvocation();
}

class Request {
  #state;
  #headers;

  constructor(input, init = undefined) {
    if (input === kInternal) return;
    checkArgCount(arguments.length, 1, 'Request constructor');
    const options = readInit(init);
    let base = null;
    let href;
    let parsed = null;
    if (isRequest(input)) {
      base = input.#state;
      href = base.url;
      parsed = base.parsedURL;
    } else {
      parsed = parseURL(input);
      if (parsed.username !== '' || parsed.password !== '') {
        throw new TypeError(`Request cannot be constructed from a URL that includes credentials: ${parsed.href}`);
      }
      href = parsed.href;
    }
    const state = {
      method: base?.method ?? 'GET',
      url: href,
      // The URL object behind `url`, for fetch (never handed out).
      parsedURL: parsed,
      body: null,
      mode: base?.mode ?? 'cors',
      credentials: base?.credentials ?? 'same-origin',
      cache: base?.cache ?? 'default',
      redirect: base?.redirect ?? 'follow',
      referrer: base?.referrer ?? 'client',
      referrerPolicy: base?.referrerPolicy ?? '',
      integrity: base?.integrity ?? '',
      keepalive: base?.keepalive ?? false,
      // The signal given (or the source request's), and the request's own
      // signal that follows it, made when first asked for.
      sourceSignal: base?.sourceSignal ?? null,
      signal: null,
      duplex: 'half',
    };
    if (options.window !== undefined && options.window !== null) {
      throw new TypeError("'window' option 'client' must be null");
    }
    if (options.referrer !== undefined) state.referrer = referrerOf(options.referrer);
    if (options.referrerPolicy !== undefined) state.referrerPolicy = options.referrerPolicy;
    if (options.mode === 'navigate') throw new TypeError('Request constructor: invalid request mode navigate.');
    if (options.mode !== undefined) state.mode = options.mode;
    if (options.credentials !== undefined) state.credentials = options.credentials;
    if (options.cache !== undefined) state.cache = options.cache;
    if (state.cache === 'only-if-cached' && state.mode !== 'same-origin') {
      throw new TypeError("'only-if-cached' can be set only with 'same-origin' mode");
    }
    if (options.redirect !== undefined) state.redirect = options.redirect;
    if (options.integrity !== undefined) state.integrity = options.integrity;
    if (options.keepalive !== undefined) state.keepalive = options.keepalive;
    if (options.method !== undefined) state.method = normalizeMethod(options.method);
    if (options.signal !== undefined) state.sourceSignal = options.signal;

    const headers = new Headers();
    if (options.headers !== undefined) {
      fillHeaders(headers, options.headers);
    } else if (base !== null) {
      for (const [name, value] of headersRaw(input.#headers)) headersAppend(headers, name, value);
    }
    if (state.mode === 'no-cors' && !['GET', 'HEAD', 'POST'].includes(state.method)) {
      throw new TypeError(`'${state.method} is unsupported in no-cors mode.`);
    }

    const inputBody = base === null ? null : base.body;
    const initBody = options.body ?? null;
    if ((initBody !== null || inputBody !== null) && (state.method === 'GET' || state.method === 'HEAD')) {
      throw new TypeError('Request with GET/HEAD method cannot have body.');
    }
    if (initBody !== null) {
      const { body, type } = extractBody(initBody);
      state.body = body;
      if (type !== null && !headers.has('content-type')) headersAppend(headers, 'content-type', type);
      if (body.stream !== null || body.chunks !== null) {
        if (options.duplex === undefined) {
          throw new TypeError('RequestInit: duplex option is required when sending a body.');
        }
        if (state.keepalive) throw new TypeError('keepalive');
      }
    } else if (inputBody !== null) {
      if (isUnusable(inputBody)) {
        throw new TypeError('Cannot construct a Request with a Request object that has already been used.');
      }
      state.body = takeBody(inputBody);
    }
    this.#state = state;
    this.#headers = headers;
  }

  static {
    isRequest = (value) => value !== null && typeof value === 'object' && #state in value;
    stateOf = (request) => ({ state: request.#state, headers: request.#headers });
  }

  get method() { check(this); return this.#state.method; }
  get url() { check(this); return this.#state.url; }
  get headers() { check(this); return this.#headers; }
  get destination() { check(this); return ''; }

  get referrer() {
    check(this);
    const { referrer } = this.#state;
    if (referrer === 'no-referrer') return '';
    if (referrer === 'client') return 'about:client';
    return referrer;
  }

  get referrerPolicy() { check(this); return this.#state.referrerPolicy; }
  get mode() { check(this); return this.#state.mode; }
  get credentials() { check(this); return this.#state.credentials; }
  get cache() { check(this); return this.#state.cache; }
  get redirect() { check(this); return this.#state.redirect; }
  get integrity() { check(this); return this.#state.integrity; }
  get keepalive() { check(this); return this.#state.keepalive; }
  get isReloadNavigation() { check(this); return false; }
  get isHistoryNavigation() { check(this); return false; }
  get signal() {
    check(this);
    const state = this.#state;
    if (state.signal === null) state.signal = followingSignal(state.sourceSignal);
    return state.signal;
  }

  get body() { check(this); return bodyStream(this.#state.body); }
  get bodyUsed() { check(this); return isUsed(this.#state.body); }
  get duplex() { check(this); return 'half'; }

  clone() {
    check(this);
    if (isUnusable(this.#state.body)) throw new TypeError('unusable');
    const copy = new Request(kInternal);
    copy.#state = { ...this.#state, body: cloneBody(this.#state.body), signal: null };
    copy.#headers = new Headers(headersRaw(this.#headers));
    return copy;
  }

  [customInspectSymbol](depth, options, inspect) {
    const shown = {
      method: this.method,
      url: this.url,
      headers: this.headers,
      destination: this.destination,
      referrer: this.referrer,
      referrerPolicy: this.referrerPolicy,
      mode: this.mode,
      credentials: this.credentials,
      cache: this.cache,
      redirect: this.redirect,
      integrity: this.integrity,
      keepalive: this.keepalive,
      isReloadNavigation: this.isReloadNavigation,
      isHistoryNavigation: this.isHistoryNavigation,
      signal: this.signal,
    };
    return `Request ${inspect(shown, options)}`;
  }
}

defineBodyMethods(Request, (value) => {
  if (!isRequest(value)) return undefined;
  const { state, headers } = stateOf(value);
  return { body: state.body, headers };
});
defineInterface(Request, 'Request');

module.exports = {
  Request,
  isRequest,
  requestState: (request) => stateOf(request),
};
