'use strict';
// util.MIMEType and util.MIMEParams: MIME types parsed and serialized as the
// WHATWG MIME Sniffing standard describes ("parse a MIME type", "serialize
// a MIME type"). Type, subtype and parameter names are ASCII-lowercased;
// invalid parameters are dropped while parsing and rejected when set.

let errorCodes;
function syntaxError(production, str, at) {
  if (errorCodes === undefined) errorCodes = require('internal/errors').codes;
  return new errorCodes.ERR_INVALID_MIME_SYNTAX(production, str, at);
}

const tokenPattern = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]*$/;
const notTokenChar = /[^!#$%&'*+\-.^_`|~0-9A-Za-z]/;
const notQuotedChar = /[^\t\u0020-\u007e\u0080-\u00ff]/;
const leadingWhitespace = /^[\t\n\r ]+/;
const trailingWhitespace = /[\t\n\r ]+$/;
const isWhitespace = (ch) => ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r';

// Index of the first character that is not a token character, or -1.
function firstNonToken(text) {
  const m = notTokenChar.exec(text);
  return m === null ? -1 : m.index;
}

function checkToken(production, text) {
  const bad = firstNonToken(text);
  if (text === '' || bad !== -1) throw syntaxError(production, text, bad);
  return text.toLowerCase();
}

// A quoted-string starting at `pos` (the opening quote): [value, next].
function readQuoted(input, pos) {
  let value = '';
  pos++;
  while (pos < input.length) {
    const ch = input[pos];
    if (ch === '"') return [value, pos + 1];
    if (ch === '\\') {
      pos++;
      if (pos >= input.length) return [`${value}\\`, pos];
    }
    value += input[pos];
    pos++;
  }
  return [value, pos];
}

// Parameters of `input` from `pos` on, into `params` (a Map).
function parseParameters(input, pos, params) {
  while (pos < input.length) {
    pos++; // the ';'
    while (pos < input.length && isWhitespace(input[pos])) pos++;
    let end = pos;
    while (end < input.length && input[end] !== ';' && input[end] !== '=') end++;
    const name = input.slice(pos, end).toLowerCase();
    pos = end;
    if (pos >= input.length) break;
    if (input[pos] === ';') continue;
    pos++; // the '='
    if (pos >= input.length) break;
    let value;
    if (input[pos] === '"') {
      [value, pos] = readQuoted(input, pos);
      while (pos < input.length && input[pos] !== ';') pos++;
    } else {
      end = pos;
      while (end < input.length && input[end] !== ';') end++;
      value = input.slice(pos, end).replace(trailingWhitespace, '');
      pos = end;
      if (value === '') continue;
    }
    if (name !== '' && tokenPattern.test(name) && !notQuotedChar.test(value) && !params.has(name)) {
      params.set(name, value);
    }
  }
}

function serializeValue(value) {
  if (value !== '' && tokenPattern.test(value)) return value;
  return `"${value.replace(/["\\]/g, '\\$&')}"`;
}

class MIMEParams {
  #entries = new Map();

  delete(name) {
    this.#entries.delete(`${name}`.toLowerCase());
  }

  get(name) {
    const value = this.#entries.get(`${name}`.toLowerCase());
    return value === undefined ? null : value;
  }

  has(name) {
    return this.#entries.has(`${name}`.toLowerCase());
  }

  set(name, value) {
    name = `${name}`;
    value = `${value}`;
    const badName = firstNonToken(name);
    if (name === '' || badName !== -1) throw syntaxError('parameter name', name, badName);
    const badValue = value.search(notQuotedChar);
    if (badValue !== -1) throw syntaxError('parameter value', value, badValue);
    this.#entries.set(name.toLowerCase(), value);
  }

  *entries() {
    yield* this.#entries;
  }

  *keys() {
    yield* this.#entries.keys();
  }

  *values() {
    yield* this.#entries.values();
  }

  toString() {
    let out = '';
    for (const [name, value] of this.#entries) out += `${out === '' ? '' : ';'}${name}=${serializeValue(value)}`;
    return out;
  }

  toJSON() {
    return this.toString();
  }

  // Filled by MIMEType's parser.
  static fromString(params, input, pos) {
    parseParameters(input, pos, params.#entries);
  }
}
MIMEParams.prototype[Symbol.iterator] = MIMEParams.prototype.entries;

const fillParams = MIMEParams.fromString;
delete MIMEParams.fromString;

class MIMEType {
  #type;
  #subtype;
  #params;

  constructor(input) {
    const original = `${input}`;
    const text = original.replace(leadingWhitespace, '').replace(trailingWhitespace, '');
    const slash = text.indexOf('/');
    const type = slash === -1 ? text : text.slice(0, slash);
    const typeBad = firstNonToken(type);
    if (slash === -1 || type === '' || typeBad !== -1) {
      throw syntaxError('type', original, slash === -1 || type === '' ? -1 : typeBad);
    }
    let semicolon = text.indexOf(';', slash + 1);
    if (semicolon === -1) semicolon = text.length;
    const subtype = text.slice(slash + 1, semicolon).replace(trailingWhitespace, '');
    const subtypeBad = firstNonToken(subtype);
    if (subtype === '' || subtypeBad !== -1) throw syntaxError('subtype', original, subtypeBad);
    this.#type = type.toLowerCase();
    this.#subtype = subtype.toLowerCase();
    this.#params = new MIMEParams();
    fillParams(this.#params, text, semicolon);
  }

  get type() {
    return this.#type;
  }

  set type(value) {
    this.#type = checkToken('type', `${value}`);
  }

  get subtype() {
    return this.#subtype;
  }

  set subtype(value) {
    this.#subtype = checkToken('subtype', `${value}`);
  }

  get essence() {
    return `${this.#type}/${this.#subtype}`;
  }

  get params() {
    return this.#params;
  }

  toString() {
    const params = this.#params.toString();
    return `${this.essence}${params === '' ? '' : `;${params}`}`;
  }

  toJSON() {
    return this.toString();
  }
}

module.exports = { MIMEType, MIMEParams };
