'use strict';
// FormData (https://xhr.spec.whatwg.org/#interface-formdata) and its two
// body encodings: multipart/form-data (written with a random boundary,
// read back by parseMultipart) and application/x-www-form-urlencoded.

const { customInspectSymbol } = require('internal/util');
const { Blob, File, isBlob } = require('internal/blob');
const {
  illegalInvocation, checkArgCount, notInstance, toUSVString, definePairIterable, defineInterface,
} = require('internal/fetch/webidl');

let isFormData;
let entriesOf;

function check(value) {
  if (!isFormData(value)) throw illegalInvocation();
}

const isFile = (value) => value instanceof File;

// The entry a (name, value, filename) triple becomes: a string, or a File
// (a Blob is wrapped in one named "blob" unless a filename is given).
function makeEntry(name, value, filename, hasFilename, context) {
  if (hasFilename && !isBlob(value)) throw notInstance(context, 'value', value, 'Blob');
  const key = toUSVString(name);
  if (!isBlob(value)) return [key, toUSVString(value)];
  if (hasFilename) {
    const options = { type: value.type };
    if (isFile(value)) options.lastModified = value.lastModified;
    return [key, new File([value], toUSVString(filename), options)];
  }
  if (isFile(value)) return [key, value];
  return [key, new File([value], 'blob', { type: value.type })];
}

class FormData {
  #entries = [];

  constructor(form = undefined) {
    if (form !== undefined) {
      throw new TypeError('FormData constructor: Argument 1 could not be converted to: undefined.');
    }
  }

  static {
    isFormData = (value) => value !== null && typeof value === 'object' && #entries in value;
    entriesOf = (fd) => fd.#entries;
  }

  append(name, value, filename = undefined) {
    check(this);
    checkArgCount(arguments.length, 2, 'FormData.append');
    this.#entries.push(makeEntry(name, value, filename, arguments.length > 2, 'FormData.append'));
  }

  delete(name) {
    check(this);
    checkArgCount(arguments.length, 1, 'FormData.delete');
    const key = toUSVString(name);
    this.#entries = this.#entries.filter((entry) => entry[0] !== key);
  }

  get(name) {
    check(this);
    checkArgCount(arguments.length, 1, 'FormData.get');
    const key = toUSVString(name);
    const found = this.#entries.find((entry) => entry[0] === key);
    return found === undefined ? null : found[1];
  }

  getAll(name) {
    check(this);
    checkArgCount(arguments.length, 1, 'FormData.getAll');
    const key = toUSVString(name);
    return this.#entries.filter((entry) => entry[0] === key).map((entry) => entry[1]);
  }

  has(name) {
    check(this);
    checkArgCount(arguments.length, 1, 'FormData.has');
    const key = toUSVString(name);
    return this.#entries.some((entry) => entry[0] === key);
  }

  // Replaces the first entry of that name and drops the others, or appends.
  set(name, value, filename = undefined) {
    check(this);
    checkArgCount(arguments.length, 2, 'FormData.set');
    const entry = makeEntry(name, value, filename, arguments.length > 2, 'FormData.set');
    const first = this.#entries.findIndex((e) => e[0] === entry[0]);
    if (first === -1) {
      this.#entries.push(entry);
      return;
    }
    this.#entries = this.#entries.filter((e, i) => i <= first || e[0] !== entry[0]);
    this.#entries[first] = entry;
  }

  [customInspectSymbol](depth, options, inspect) {
    const shown = {};
    for (const [name, value] of this.#entries) {
      if (!Object.hasOwn(shown, name)) shown[name] = value;
      else if (Array.isArray(shown[name])) shown[name].push(value);
      else shown[name] = [shown[name], value];
    }
    // Node prints no entries at all when the depth is used up.
    if (typeof options.depth === 'number' && options.depth < 0) return 'FormData ';
    return `FormData ${inspect(shown, options)}`;
  }
}

definePairIterable(FormData, 'FormData', check, (fd) => entriesOf(fd));
defineInterface(FormData, 'FormData');

// ---- multipart/form-data --------------------------------------------------

const CRLF = '\r\n';

function escapeName(text) {
  return text.replace(/\n/g, '%0A').replace(/\r/g, '%0D').replace(/"/g, '%22');
}

const toCRLF = (text) => text.replace(/\r\n|\r|\n/g, CRLF);

function randomBoundary() {
  let digits = '';
  for (let i = 0; i < 12; i++) digits += Math.floor(Math.random() * 10);
  return `----formdata-jolt-${digits}`;
}

// The body parts (strings and Blobs, in order) and the Content-Type of
// `fd` encoded as multipart/form-data.
function encodeMultipart(fd) {
  const boundary = randomBoundary();
  const parts = [];
  for (const [name, value] of entriesOf(fd)) {
    let head = `--${boundary}${CRLF}Content-Disposition: form-data; name="${escapeName(toCRLF(name))}"`;
    if (typeof value === 'string') {
      parts.push(`${head}${CRLF}${CRLF}${toCRLF(value)}${CRLF}`);
      continue;
    }
    head += `; filename="${escapeName(value.name)}"${CRLF}`;
    head += `Content-Type: ${value.type || 'application/octet-stream'}${CRLF}${CRLF}`;
    parts.push(head, value, CRLF);
  }
  parts.push(`--${boundary}--${CRLF}`);
  return { blob: new Blob(parts), type: `multipart/form-data; boundary=${boundary}` };
}

function parseFailure(reason) {
  return new TypeError('Failed to parse body as FormData.', { cause: new TypeError(reason) });
}

let BufferCtor;
function toBuffer(bytes) {
  if (BufferCtor === undefined) BufferCtor = require('buffer').Buffer;
  return BufferCtor.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

const unescapeName = (text) => text.replace(/%0A/gi, '\n').replace(/%0D/gi, '\r').replace(/%22/g, '"');

// A Content-Disposition value's name and filename parameters.
function dispositionParams(value) {
  const params = {};
  const re = /;\s*([A-Za-z*]+)=(?:"([^"]*)"|([^;]*))/g;
  let m;
  while ((m = re.exec(value)) !== null) {
    const key = m[1].toLowerCase();
    if (!(key in params)) params[key] = m[2] !== undefined ? m[2] : m[3].trim();
  }
  return params;
}

// Reads the headers of one part starting at `pos`: { name, filename,
// type, next } where `next` is the offset of the part's content.
function readPartHeaders(buf, pos) {
  const result = { name: undefined, filename: undefined, type: '', next: pos };
  for (;;) {
    const eol = buf.indexOf(CRLF, pos, 'latin1');
    if (eol === -1) throw parseFailure('header name is null');
    if (eol === pos) {
      result.next = pos + 2;
      break;
    }
    const line = buf.toString('latin1', pos, eol);
    const colon = line.indexOf(':');
    if (colon <= 0) throw parseFailure('header name is null');
    const field = line.slice(0, colon).trim().toLowerCase();
    const value = line.slice(colon + 1).trim();
    if (field === 'content-disposition') {
      const params = dispositionParams(value);
      result.name = params.name;
      result.filename = params.filename;
    } else if (field === 'content-type') {
      result.type = value;
    }
    pos = eol + 2;
  }
  if (result.name === undefined) throw parseFailure('name attribute is required in content-disposition header');
  return result;
}

// Parses a multipart/form-data body into a new FormData.
function parseMultipart(bytes, boundary) {
  const buf = toBuffer(bytes);
  const delimiter = `--${boundary}`;
  const fd = new FormData();
  let pos = buf.indexOf(delimiter, 0, 'latin1');
  if (pos === -1) throw parseFailure('no boundary found in multipart body');
  pos += delimiter.length;
  const separator = `${CRLF}${delimiter}`;
  for (;;) {
    if (buf.toString('latin1', pos, pos + 2) === '--') break;
    if (buf.toString('latin1', pos, pos + 2) !== CRLF) throw parseFailure('expected CRLF after boundary');
    const part = readPartHeaders(buf, pos + 2);
    const end = buf.indexOf(separator, part.next, 'latin1');
    if (end === -1) throw parseFailure('expected boundary after body');
    const content = buf.subarray(part.next, end);
    const name = unescapeName(decodeLatin1Utf8(part.name));
    if (part.filename === undefined) {
      entriesOf(fd).push([name, content.toString('utf8')]);
    } else {
      const filename = unescapeName(decodeLatin1Utf8(part.filename));
      entriesOf(fd).push([name, new File([content], filename, { type: part.type || 'text/plain' })]);
    }
    pos = end + separator.length;
  }
  return fd;
}

// Header text was read byte per character; names are UTF-8.
function decodeLatin1Utf8(text) {
  return toBuffer(new Uint8Array(Array.from(text, (c) => c.charCodeAt(0)))).toString('utf8');
}

module.exports = { FormData, isFormData, encodeMultipart, parseMultipart, formDataEntries: (fd) => entriesOf(fd) };
