'use strict';
// The Fetch standard's Response class (https://fetch.spec.whatwg.org/#response-class).

const { customInspectSymbol } = require('internal/util');
const {
  illegalInvocation, checkArgCount, checkDictionary, toByteString, toUSVString, toUnsignedShort,
  defineInterface,
} = require('internal/fetch/webidl');
const { Headers, fillHeaders, headersAppend, headersGuard, headersRaw } = require('internal/fetch/headers');
const {
  BodyState, extractBody, isUsed, isUnusable, bodyStream, cloneBody, defineBodyMethods,
} = require('internal/fetch/body');

const kNullBodyStatus = new Set([101, 103, 204, 205, 304]);
const kRedirectStatus = new Set([301, 302, 303, 307, 308]);
// reason-phrase = *( HTAB / SP / VCHAR / obs-text )
const kReasonPhrase = /^[\t\x20-\x7e\x80-\xff]*$/;

let isResponse;
let slotsOf;
const kInternal = Symbol('kInternal');

function check(value) {
  if (!isResponse(value)) throw illegalInvocation();
}

// "initialize a response": status, statusText and headers from `init`,
// then the body (already extracted) with its Content-Type.
function initialize(state, headers, init, extracted) {
  checkDictionary(init);
  const headersInit = init?.headers;
  const statusInit = init?.status;
  const statusTextInit = init?.statusText;
  const status = statusInit === undefined ? 200 : toUnsignedShort(statusInit);
  const statusText = statusTextInit === undefined ? '' :
    toByteString(statusTextInit, 'undefined: undefined.statusText');
  if (status < 200 || status > 599) {
    throw new RangeError('init["status"] must be in the range of 200 to 599, inclusive.');
  }
  if (!kReasonPhrase.test(statusText)) throw new TypeError('Invalid statusText');
  state.status = status;
  state.statusText = statusText;
  if (headersInit !== undefined) fillHeaders(headers, headersInit);
  if (extracted !== null) {
    if (kNullBodyStatus.has(status)) {
      throw new TypeError(`Response constructor: Invalid response status code ${status}`);
    }
    state.body = extracted.body;
    if (extracted.type !== null && !headers.has('content-type')) {
      headersAppend(headers, 'content-type', extracted.type);
    }
  }
}

function newState() {
  return { type: 'default', status: 200, statusText: '', urlList: [], body: null };
}

class Response {
  #state;
  #headers;

  constructor(body = null, init = undefined) {
    if (body === kInternal) return;
    this.#state = newState();
    this.#headers = new Headers();
    headersGuard(this.#headers, 'response');
    initialize(this.#state, this.#headers, init, body === null ? null : extractBody(body));
  }

  static {
    isResponse = (value) => value !== null && typeof value === 'object' && #state in value;
    slotsOf = (response) => ({ state: response.#state, headers: response.#headers });
  }

  // Builds a Response from parts the caller already checked.
  static #make(state, headers) {
    const response = new Response(kInternal);
    response.#state = state;
    response.#headers = headers;
    return response;
  }

  static error() {
    const headers = new Headers();
    headersGuard(headers, 'immutable');
    return Response.#make({ ...newState(), type: 'error', status: 0 }, headers);
  }

  static json(data, init = undefined) {
    checkArgCount(arguments.length, 1, 'Response.json');
    const text = JSON.stringify(data);
    if (text === undefined) throw new TypeError('Value is not JSON serializable');
    const extracted = extractBody(text);
    extracted.type = 'application/json';
    const state = newState();
    const headers = new Headers();
    headersGuard(headers, 'response');
    initialize(state, headers, init, extracted);
    return Response.#make(state, headers);
  }

  static redirect(url, status = 302) {
    checkArgCount(arguments.length, 1, 'Response.redirect');
    const text = toUSVString(url);
    let parsed;
    try {
      parsed = new (require('internal/url').URL)(text);
    } catch (err) {
      throw new TypeError(`Failed to parse URL from ${text}`, { cause: err });
    }
    const code = toUnsignedShort(status);
    if (!kRedirectStatus.has(code)) throw new RangeError(`Invalid status code ${code}`);
    const headers = new Headers();
    headersAppend(headers, 'location', parsed.href);
    headersGuard(headers, 'immutable');
    return Response.#make({ ...newState(), status: code }, headers);
  }

  get type() { check(this); return this.#state.type; }

  get url() {
    check(this);
    const list = this.#state.urlList;
    if (list.length === 0) return '';
    const last = list[list.length - 1];
    const hash = last.indexOf('#');
    return hash === -1 ? last : last.slice(0, hash);
  }

  get redirected() { check(this); return this.#state.urlList.length > 1; }
  get status() { check(this); return this.#state.status; }
  get ok() { check(this); return this.#state.status >= 200 && this.#state.status <= 299; }
  get statusText() { check(this); return this.#state.statusText; }
  get headers() { check(this); return this.#headers; }
  get body() { check(this); return bodyStream(this.#state.body); }
  get bodyUsed() { check(this); return isUsed(this.#state.body); }

  clone() {
    check(this);
    if (isUnusable(this.#state.body)) throw new TypeError('Response.clone: Body has already been consumed.');
    const headers = new Headers(headersRaw(this.#headers));
    headersGuard(headers, this.#state.type === 'error' ? 'immutable' : 'response');
    return Response.#make({ ...this.#state, body: cloneBody(this.#state.body) }, headers);
  }

  [customInspectSymbol](depth, options, inspect) {
    const shown = {
      status: this.status,
      statusText: this.statusText,
      headers: this.headers,
      body: this.body,
      bodyUsed: this.bodyUsed,
      ok: this.ok,
      redirected: this.redirected,
      type: this.type,
      url: this.url,
    };
    return `Response ${inspect(shown, options)}`;
  }

  // For fetch: a response from the network. `fields` has status,
  // statusText, urlList, and `body` (a BodyState or null); `rawHeaders`
  // alternates names and values.
  static [kInternal](fields, rawHeaders) {
    const headers = new Headers();
    for (let i = 0; i < rawHeaders.length; i += 2) headersAppend(headers, rawHeaders[i], rawHeaders[i + 1]);
    headersGuard(headers, 'immutable');
    return Response.#make({ ...newState(), type: 'basic', ...fields }, headers);
  }
}

const makeNetworkResponse = Response[kInternal];
delete Response[kInternal];

defineBodyMethods(Response, (value) => {
  if (!isResponse(value)) return undefined;
  const { state, headers } = slotsOf(value);
  return { body: state.body, headers };
});
defineInterface(Response, 'Response');

module.exports = {
  Response,
  isResponse,
  makeNetworkResponse,
  BodyState,
};
