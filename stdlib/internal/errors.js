'use strict';
// Error machinery for the Jolt stdlib: the `codes` registry of Node-style
// coded errors (TypeError [ERR_X]: ...), system errors built from errno
// values, AbortError and a few small formatting helpers.
//
// Nothing is built at load time beyond an index of code names: a code's
// class is made the first time `codes.ERR_X` is read.

const { kIsNodeError } = require('internal/errors_stack');

// ---- lazily loaded collaborators ------------------------------------------

let inspectImpl;
function inspectValue(value, options) {
  if (inspectImpl === undefined) inspectImpl = require('internal/util/inspect').inspect;
  return inspectImpl(value, options);
}

let formatImpl;
// Fills the %s/%d/... slots of a message with util.format; a message
// without slots ignores its arguments.
const kSlot = /%[sdifjoOc]/;
function formatText(template, args) {
  if (args.length === 0 || !kSlot.test(template)) return template;
  if (formatImpl === undefined) formatImpl = require('internal/util/format').format;
  return formatImpl(template, ...args);
}

function inspectWithNoCustomRetry(value, options) {
  try {
    return inspectValue(value, options);
  } catch {
    return inspectValue(value, { ...options, customInspect: false });
  }
}

function tryCaptureStack(target, above) {
  if (typeof Error.captureStackTrace === 'function') Error.captureStackTrace(target, above);
}

function defineHidden(target, key, value) {
  Object.defineProperty(target, key, { value, writable: true, enumerable: false, configurable: true });
}

// ---- text helpers -----------------------------------------------------------

// "a", "a or b", "a, b, or c" (the conjunction is `word`).
function joinWords(items, word = 'and') {
  const n = items.length;
  if (n < 3) return items.join(` ${word} `);
  return `${items.slice(0, n - 1).join(', ')}, ${word} ${items[n - 1]}`;
}

// "1234567" -> "1_234_567"; a leading minus sign is kept out of the groups.
function addNumericalSeparator(text) {
  const sign = text[0] === '-' ? '-' : '';
  let digits = sign ? text.slice(1) : text;
  let grouped = '';
  while (digits.length > 3) {
    grouped = `_${digits.slice(-3)}${grouped}`;
    digits = digits.slice(0, -3);
  }
  return `${sign}${digits}${grouped}`;
}

// How Node describes a received value at the end of a message:
// "null", "function f", "an instance of Foo", "type number (5)". Strings
// are cut to 25 characters and quoted, but not escaped.
function describePrimitive(value) {
  switch (typeof value) {
    case 'string': {
      const text = value.length > 28 ? `${value.slice(0, 25)}...` : value;
      return text.includes("'") ? `"${text.replaceAll('"', '\\"')}"` : `'${text}'`;
    }
    case 'number':
      return Object.is(value, -0) ? '-0' : `${value}`;
    case 'bigint':
      return `${value}n`;
    default:
      return String(value);
  }
}

function determineSpecificType(received) {
  if (received == null) return `${received}`;
  const kind = typeof received;
  if (kind === 'function') return `function ${received.name}`;
  if (kind === 'object') {
    const ctor = received.constructor;
    const ctorName = ctor == null ? undefined : ctor.name;
    return ctorName ? `an instance of ${ctorName}` : inspectValue(received, { depth: -1 });
  }
  return `type ${kind} (${describePrimitive(received)})`;
}

// ---- the class behind every coded error ------------------------------------

// "TypeError [ERR_X]: message", for coded errors and SystemErrors alike.
function codedHeader(err) {
  return `${err.name} [${err.code}]: ${err.message}`;
}

function nodeErrorToString() {
  return codedHeader(this);
}

// Text of error `code` for constructor arguments `argList`; `target` is the
// error being built (some messages also attach properties to it).
function getMessage(code, argList, target) {
  const spec = lookupSpec(code);
  if (spec === undefined) throw new Error(`Unknown error code: ${code}`);
  const text = spec.text;
  return typeof text === 'function' ? Reflect.apply(text, target, argList) : formatText(text, argList);
}

function makeCodedClass(key, Base) {
  const NodeError = class extends Base {
    constructor(...args) {
      super();
      tryCaptureStack(this, new.target);
      this.code = key;
      defineHidden(this, 'message', getMessage(key, args, this));
    }
  };
  Object.defineProperty(NodeError, 'name', { value: Base.name, configurable: true });
  const proto = NodeError.prototype;
  // As in Node, err.constructor is the base class (TypeError, ...).
  delete proto.constructor;
  defineHidden(proto, 'toString', nodeErrorToString);
  Object.defineProperty(proto, kIsNodeError, { value: true, enumerable: false, configurable: true });
  return NodeError;
}

function makeSystemCodedClass(key) {
  const cls = class extends SystemError {
    constructor(context) {
      super(key, context);
    }
  };
  Object.defineProperty(cls, 'name', { value: 'NodeError', configurable: true });
  return cls;
}

// ---- the code registry ----------------------------------------------------------

// key -> { text, bases } where text is a format string or a function, and
// bases an array of constructors (first one is the main class).
const specs = new Map();
// A code of the built-in table becomes a property on its first read: the
// proxy installs it then, so loading this module declares none of the
// hundreds of codes up front (that cost about half a millisecond).
const codes = new Proxy({}, {
  __proto__: null,
  get(target, key, receiver) {
    if (typeof key === 'string' && !Object.prototype.hasOwnProperty.call(target, key) &&
        lookupSpec(key) !== undefined) {
      return installCode(key);
    }
    return Reflect.get(target, key, receiver);
  },
  has(target, key) {
    return Reflect.has(target, key) || (typeof key === 'string' && lookupSpec(key) !== undefined);
  },
});

function installCode(key) {
  const spec = lookupSpec(key);
  const [Main, ...extra] = spec.bases;
  const cls = Main === SystemError ? makeSystemCodedClass(key) : makeCodedClass(key, Main);
  for (let i = 0; i < extra.length; i++) cls[extra[i].name] = makeCodedClass(key, extra[i]);
  Object.defineProperty(codes, key, { value: cls, writable: true, enumerable: true, configurable: true });
  return cls;
}

function declareLazy(key) {
  Object.defineProperty(codes, key, {
    get() { return installCode(key); },
    set(v) { Object.defineProperty(codes, key, { value: v, writable: true, enumerable: true, configurable: true }); },
    enumerable: true,
    configurable: true,
  });
}

// E(key, message, Base, ...otherBases): registers (or replaces) a code.
function E(key, text, Base, ...others) {
  specs.set(key, { text, bases: [Base, ...others] });
  declareLazy(key);
}

function lookupSpec(key) {
  let spec = specs.get(key);
  if (spec === undefined && builtinText !== undefined) {
    parseBuiltinTable();
    spec = specs.get(key);
  }
  return spec;
}

const kBaseLetters = {
  T: TypeError, R: RangeError, E: Error, S: SyntaxError, U: URIError,
};

// Message-only codes, parsed on first use: "CODE BASES TEXT" per line, where
// BASES are letters from kBaseLetters, or Y for SystemError.
let builtinText;

function parseBuiltinTable() {
  const lines = builtinText.split('\n');
  builtinText = undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line === '') continue;
    const a = line.indexOf(' ');
    const b = line.indexOf(' ', a + 1);
    const key = line.slice(0, a);
    if (specs.has(key)) continue;
    const letters = line.slice(a + 1, b);
    const bases = [];
    for (let j = 0; j < letters.length; j++) {
      bases.push(letters[j] === 'Y' ? SystemError : kBaseLetters[letters[j]]);
    }
    specs.set(key, { text: line.slice(b + 1), bases });
  }
}

// ---- SystemError ----------------------------------------------------------------

// Errors for failed system calls reported with a Node code, e.g.
// "SystemError [ERR_SYSTEM_ERROR]: A system error occurred: uv_x returned
// ENOSYS (function not implemented)". `context` has code, message, errno,
// syscall and optionally path/dest.
const SystemError = class extends Error {
  constructor(key, context = {}) {
    const head = getMessage(key, [], undefined);
    let text = `${head}: ${context.syscall} returned ${context.code} (${context.message})`;
    if (context.path !== undefined) text += ` ${context.path}`;
    if (context.dest !== undefined) text += ` => ${context.dest}`;
    super(text);
    tryCaptureStack(this, new.target);
    this.code = key;
    defineHidden(this, 'name', 'SystemError');
    const info = context;
    Object.defineProperty(this, 'info', { value: info, enumerable: true, configurable: true, writable: false });
    const field = (name) => ({
      get() { return info[name]; },
      set(v) { info[name] = v; },
      enumerable: true,
      configurable: true,
    });
    Object.defineProperty(this, 'errno', field('errno'));
    Object.defineProperty(this, 'syscall', field('syscall'));
    if (context.path !== undefined) Object.defineProperty(this, 'path', field('path'));
    if (context.dest !== undefined) Object.defineProperty(this, 'dest', field('dest'));
  }

  // util.inspect shows the accessor values.
  [Symbol.for('nodejs.util.inspect.custom')](depth, options) {
    return inspectValue(this, { ...options, getters: true, customInspect: false });
  }

  toString() {
    return codedHeader(this);
  }

  get [kIsNodeError]() {
    return true;
  }
};

// ---- errno names and descriptions ----------------------------------------------

// Linux libuv values, used when the native binding is missing or for the
// whole map. "number:NAME:description;" (numbers are positive here).
const kUvTable =
  '7:E2BIG:argument list too long;13:EACCES:permission denied;98:EADDRINUSE:address already in use;' +
  '99:EADDRNOTAVAIL:address not available;97:EAFNOSUPPORT:address family not supported;' +
  '11:EAGAIN:resource temporarily unavailable;3000:EAI_ADDRFAMILY:address family not supported;' +
  '3001:EAI_AGAIN:temporary failure;3002:EAI_BADFLAGS:bad ai_flags value;' +
  '3013:EAI_BADHINTS:invalid value for hints;3003:EAI_CANCELED:request canceled;' +
  '3004:EAI_FAIL:permanent failure;3005:EAI_FAMILY:ai_family not supported;' +
  '3006:EAI_MEMORY:out of memory;3007:EAI_NODATA:no address;3008:EAI_NONAME:unknown node or service;' +
  '3009:EAI_OVERFLOW:argument buffer overflow;3014:EAI_PROTOCOL:resolved protocol is unknown;' +
  '3010:EAI_SERVICE:service not available for socket type;' +
  '3011:EAI_SOCKTYPE:socket type not supported;114:EALREADY:connection already in progress;' +
  '9:EBADF:bad file descriptor;16:EBUSY:resource busy or locked;125:ECANCELED:operation canceled;' +
  '4080:ECHARSET:invalid Unicode character;103:ECONNABORTED:software caused connection abort;' +
  '111:ECONNREFUSED:connection refused;104:ECONNRESET:connection reset by peer;' +
  '89:EDESTADDRREQ:destination address required;17:EEXIST:file already exists;' +
  '14:EFAULT:bad address in system call argument;27:EFBIG:file too large;' +
  '113:EHOSTUNREACH:host is unreachable;4:EINTR:interrupted system call;22:EINVAL:invalid argument;' +
  '5:EIO:i/o error;106:EISCONN:socket is already connected;' +
  '21:EISDIR:illegal operation on a directory;40:ELOOP:too many symbolic links encountered;' +
  '24:EMFILE:too many open files;90:EMSGSIZE:message too long;36:ENAMETOOLONG:name too long;' +
  '100:ENETDOWN:network is down;101:ENETUNREACH:network is unreachable;23:ENFILE:file table overflow;' +
  '105:ENOBUFS:no buffer space available;19:ENODEV:no such device;2:ENOENT:no such file or directory;' +
  '12:ENOMEM:not enough memory;64:ENONET:machine is not on the network;' +
  '92:ENOPROTOOPT:protocol not available;28:ENOSPC:no space left on device;' +
  '38:ENOSYS:function not implemented;107:ENOTCONN:socket is not connected;' +
  '20:ENOTDIR:not a directory;39:ENOTEMPTY:directory not empty;' +
  '88:ENOTSOCK:socket operation on non-socket;95:ENOTSUP:operation not supported on socket;' +
  '75:EOVERFLOW:value too large for defined data type;1:EPERM:operation not permitted;' +
  '32:EPIPE:broken pipe;71:EPROTO:protocol error;93:EPROTONOSUPPORT:protocol not supported;' +
  '91:EPROTOTYPE:protocol wrong type for socket;34:ERANGE:result too large;' +
  '30:EROFS:read-only file system;108:ESHUTDOWN:cannot send after transport endpoint shutdown;' +
  '29:ESPIPE:invalid seek;3:ESRCH:no such process;110:ETIMEDOUT:connection timed out;' +
  '26:ETXTBSY:text file is busy;18:EXDEV:cross-device link not permitted;4094:UNKNOWN:unknown error;' +
  '4095:EOF:end of file;6:ENXIO:no such device or address;31:EMLINK:too many links;' +
  '112:EHOSTDOWN:host is down;121:EREMOTEIO:remote I/O error;' +
  '25:ENOTTY:inappropriate ioctl for device;4028:EFTYPE:inappropriate file type or format;' +
  '84:EILSEQ:illegal byte sequence;94:ESOCKTNOSUPPORT:socket type not supported;' +
  '61:ENODATA:no data available;49:EUNATCH:protocol driver not attached;8:ENOEXEC:exec format error;';

let uvByNumber; // Map(negative errno -> [name, description])
function uvTable() {
  if (uvByNumber === undefined) {
    uvByNumber = new Map();
    const parts = kUvTable.split(';');
    for (let i = 0; i < parts.length; i++) {
      if (parts[i] === '') continue;
      const c1 = parts[i].indexOf(':');
      const c2 = parts[i].indexOf(':', c1 + 1);
      uvByNumber.set(-Number(parts[i].slice(0, c1)), [parts[i].slice(c1 + 1, c2), parts[i].slice(c2 + 1)]);
    }
  }
  return uvByNumber;
}

let nativeErrors = null;
function nativeErrorsBinding() {
  if (nativeErrors === null) {
    nativeErrors = undefined;
    try {
      const b = internalBinding('errors');
      if (b && typeof b.errname === 'function' && typeof b.strerror === 'function') nativeErrors = b;
    } catch {
      // no binding: the table alone is used
    }
  }
  return nativeErrors;
}

// [name, description] for a (negative) errno, or undefined when unknown.
function uvErrmapGet(errno) {
  const known = uvTable().get(errno);
  if (known !== undefined) return known;
  const b = nativeErrorsBinding();
  if (b !== undefined && typeof errno === 'number' && errno < 0) {
    const name = b.errname(errno);
    if (typeof name === 'string' && name !== '' && !name.startsWith('Unknown')) {
      return [name, `${b.strerror(errno)}`];
    }
  }
  return undefined;
}

const getSystemErrorMap = () => new Map(uvTable());

function errnoName(errno) {
  const entry = uvErrmapGet(errno);
  return entry === undefined ? `Unknown system error ${errno}` : entry[0];
}

function errnoMessage(errno) {
  const entry = uvErrmapGet(errno);
  return entry === undefined ? `Unknown system error ${errno}` : entry[1];
}

// 'ENOENT' -> -2 (undefined if not a known name).
function errnoFromName(name) {
  for (const [num, entry] of uvTable()) {
    if (entry[0] === name) return num;
  }
  return undefined;
}

const kUnknownUv = ['UNKNOWN', 'unknown error'];
const kUvUnknownErrno = -4094;

// util.getSystemErrorName(): the errno must be a negative integer.
function checkedErrnoName(errno) {
  if (typeof errno !== 'number') throw new codes.ERR_INVALID_ARG_TYPE('err', 'number', errno);
  if (errno >= 0 || !Number.isSafeInteger(errno)) {
    throw new codes.ERR_OUT_OF_RANGE('err', 'a negative integer', errno);
  }
  return errnoName(errno);
}

// The classes below make plain-looking errors: "Error: ..." whose
// constructor reports itself as Error, as Node's do.
function looksLikeError(cls) {
  Object.defineProperty(cls, 'name', { value: 'Error', configurable: true });
  return cls;
}

// ---- errors made from errno values ------------------------------------------------

// A new Error with `message`, its stack starting above `above`.
function plainError(text, above) {
  const made = new Error(text);
  tryCaptureStack(made, above);
  return made;
}

// libuv-style failure: "ENOENT: no such file or directory, open 'a' -> 'b'".
// `ctx` = { errno, syscall, path?, dest?, message? } (+ any extra fields).
const UVException = looksLikeError(class extends Error {
  constructor(ctx) {
    const [code, description] = uvErrmapGet(ctx.errno) || kUnknownUv;
    let text = `${code}: ${ctx.message || description}, ${ctx.syscall}`;
    if (ctx.path) text += ` '${ctx.path}'`;
    if (ctx.dest) text += ` -> '${ctx.dest}'`;
    super(text);
    tryCaptureStack(this, new.target);
    this.errno = ctx.errno;
    this.code = code;
    for (const field of Object.keys(ctx)) {
      if (field === 'message' || field === 'path' || field === 'dest' || field === 'errno') continue;
      this[field] = ctx[field];
    }
    if (ctx.path) this.path = ctx.path;
    if (ctx.dest) this.dest = ctx.dest;
  }
});

// makeSystemError(errno | code, syscall, path, dest): the Error Node throws
// for a failed fs/os call, keys errno, code, syscall, path, dest.
function makeSystemError(err, syscall, path, dest) {
  let errno;
  let code;
  let description;
  if (typeof err === 'number') {
    errno = err > 0 ? -err : err;
    [code, description] = uvErrmapGet(errno) || kUnknownUv;
  } else {
    code = err == null ? kUnknownUv[0] : `${err}`;
    errno = errnoFromName(code);
    if (errno === undefined) {
      errno = kUvUnknownErrno;
      description = kUnknownUv[1];
    } else {
      description = uvErrmapGet(errno)[1];
    }
  }
  let text = `${code}: ${description}`;
  if (syscall !== undefined) text += `, ${syscall}`;
  if (path !== undefined && path !== null) text += ` '${path}'`;
  if (dest !== undefined && dest !== null) text += ` -> '${dest}'`;
  const e = plainError(text, makeSystemError);
  e.errno = errno;
  e.code = code;
  if (syscall !== undefined) e.syscall = syscall;
  if (path !== undefined && path !== null) e.path = `${path}`;
  if (dest !== undefined && dest !== null) e.dest = `${dest}`;
  return e;
}

function hostPortDetails(address, port, additional) {
  let details = '';
  if (port && port > 0) details = ` ${address}:${port}`;
  else if (address) details = ` ${address}`;
  if (additional) details += ` - Local (${additional})`;
  return details;
}

// "connect ECONNREFUSED: connection refused 127.0.0.1:80"
const UVExceptionWithHostPort = looksLikeError(class extends Error {
  constructor(errno, syscall, address, port) {
    const [code, description] = uvErrmapGet(errno) || kUnknownUv;
    super(`${syscall} ${code}: ${description}${hostPortDetails(address, port)}`);
    tryCaptureStack(this, new.target);
    this.code = code;
    this.errno = errno;
    this.syscall = syscall;
    this.address = address;
    if (port) this.port = port;
  }
});

// util._errnoException(): "open ENOENT" (+ " original").
const ErrnoException = looksLikeError(class extends Error {
  constructor(errno, syscall, original) {
    const code = checkedErrnoName(errno);
    super(original ? `${syscall} ${code} ${original}` : `${syscall} ${code}`);
    tryCaptureStack(this, new.target);
    this.errno = errno;
    this.code = code;
    this.syscall = syscall;
  }
});

// util._exceptionWithHostPort(): "connect ECONNREFUSED 127.0.0.1:80".
const ExceptionWithHostPort = looksLikeError(class extends Error {
  constructor(errno, syscall, address, port, additional) {
    const code = checkedErrnoName(errno);
    super(`${syscall} ${code}${hostPortDetails(address, port, additional)}`);
    tryCaptureStack(this, new.target);
    this.errno = errno;
    this.code = code;
    this.syscall = syscall;
    this.address = address;
    if (port) this.port = port;
  }
});

// Resolver failures: "getaddrinfo ENOTFOUND example.invalid".
const kEaiNotFound = new Set([-3006 /* EAI_MEMORY */, -3007 /* EAI_NODATA */, -3008 /* EAI_NONAME */]);
const DNSException = looksLikeError(class extends Error {
  constructor(codeOrErrno, syscall, hostname) {
    const errno = typeof codeOrErrno === 'number' ? codeOrErrno : undefined;
    let code = codeOrErrno;
    if (errno !== undefined) code = kEaiNotFound.has(errno) ? 'ENOTFOUND' : checkedErrnoName(errno);
    const where = hostname ? ` ${hostname}` : '';
    super(`${syscall} ${code}${where}`);
    tryCaptureStack(this, new.target);
    this.errno = errno;
    this.code = code;
    this.syscall = syscall;
    if (hostname) this.hostname = hostname;
  }
});

// A plain Error (its constructor is Error, as node's) with code ECONNRESET.
function ConnResetException(message) {
  const err = plainError(message, ConnResetException);
  err.code = 'ECONNRESET';
  return err;
}

// ---- other error helpers ----------------------------------------------------------

const kAbortText = 'The operation was aborted';
class AbortError extends Error {
  constructor(text = kAbortText, opts = undefined) {
    if (opts !== undefined && typeof opts !== 'object') throw new codes.ERR_INVALID_ARG_TYPE('options', 'Object', opts);
    super(text, opts);
    this.code = 'ABORT_ERR';
    this.name = 'AbortError';
  }
}

function genericNodeError(text, props) {
  return Object.assign(new Error(text), props);
}

const NodeAggregateError = class extends AggregateError {
  constructor(list, text) {
    super([...list], text);
    this.code = list[0] == null ? undefined : list[0].code;
  }

  get [kIsNodeError]() {
    return true;
  }
};
Object.defineProperty(NodeAggregateError, 'name', { value: 'AggregateError', configurable: true });

// Combines an error raised while handling `outer` with it.
function aggregateTwoErrors(inner, outer) {
  if (!inner || !outer || inner === outer) return inner || outer;
  if (Array.isArray(outer.errors)) {
    outer.errors.push(inner);
    return outer;
  }
  return new NodeAggregateError([outer, inner], outer.message);
}

// Wraps a validator so that errors it throws start at its caller.
function hideStackFrames(inner) {
  function hidden(...args) {
    try {
      return Reflect.apply(inner, this, args);
    } catch (err) {
      if (err !== null && typeof err === 'object' && Error.stackTraceLimit) tryCaptureStack(err, hidden);
      throw err;
    }
  }
  hidden.withoutStackTrace = inner;
  return hidden;
}

function stackLimitWritable() {
  const desc = Object.getOwnPropertyDescriptor(Error, 'stackTraceLimit');
  if (desc === undefined) return Object.isExtensible(Error);
  return 'value' in desc ? desc.writable === true : desc.set !== undefined;
}

let overflowSample;
function looksLikeStackOverflow(value) {
  if (overflowSample === undefined) {
    const recurse = () => recurse();
    try {
      recurse();
    } catch (e) {
      overflowSample = { name: e.name, message: e.message };
    }
  }
  return value != null && value.name === overflowSample.name && value.message === overflowSample.message;
}

// ---- messages computed from the arguments -----------------------------------------

// Type names that are written in lower case after "of type".
const kTypeWords = new Set(['string', 'function', 'number', 'object', 'Function', 'Object', 'boolean', 'bigint', 'symbol']);
const kClassName = /^[A-Z][a-zA-Z0-9]*$/;

function describeExpectation(expected) {
  const list = Array.isArray(expected) ? expected : [expected];
  const typeWords = [];
  const classNames = [];
  const rest = [];
  for (let i = 0; i < list.length; i++) {
    const item = `${list[i]}`;
    if (kTypeWords.has(item)) typeWords.push(item.toLowerCase());
    else if (kClassName.test(item)) classNames.push(item);
    else rest.push(item);
  }
  // "object" next to class names reads as "an instance of ..., or Object".
  if (classNames.length !== 0) {
    const at = typeWords.indexOf('object');
    if (at !== -1) {
      typeWords.splice(at, 1);
      classNames.push('Object');
    }
  }
  const pieces = [];
  if (typeWords.length === 1) pieces.push(`of type ${typeWords[0]}`);
  else if (typeWords.length > 1) pieces.push(`one of type ${joinWords(typeWords, 'or')}`);
  if (classNames.length !== 0) pieces.push(`an instance of ${joinWords(classNames, 'or')}`);
  if (rest.length === 1) {
    pieces.push(rest[0].toLowerCase() === rest[0] ? rest[0] : `an ${rest[0]}`);
  } else if (rest.length > 1) {
    pieces.push(`one of ${joinWords(rest, 'or')}`);
  }
  return pieces.join(' or ');
}

function argumentLabel(name) {
  if (name.endsWith(' argument')) return name;
  return `"${name}" ${name.includes('.') ? 'property' : 'argument'}`;
}

function invalidArgTypeText(name, expected, actual) {
  return `The ${argumentLabel(name)} must be ${describeExpectation(expected)}. ` +
    `Received ${determineSpecificType(actual)}`;
}

function invalidArgValueText(name, value, reason = 'is invalid') {
  let shown = inspectValue(value);
  if (shown.length > 128) shown = `${shown.slice(0, 128)}...`;
  const what = name.includes('.') ? 'property' : 'argument';
  return `The ${what} '${name}' ${reason}. Received ${shown}`;
}

const kBigLimit = 2n ** 32n;
function outOfRangeText(name, range, got, nameIsMessage = false) {
  let received;
  if (typeof got === 'bigint') {
    const big = got > kBigLimit || got < -kBigLimit;
    received = `${big ? addNumericalSeparator(`${got}`) : got}n`;
  } else if (Number.isInteger(got) && Math.abs(got) > 2 ** 32) {
    received = addNumericalSeparator(`${got}`);
  } else {
    received = inspectValue(got);
  }
  const head = nameIsMessage ? name : `The value of "${name}" is out of range.`;
  return `${head} It must be ${range}. Received ${received}`;
}

function missingArgsText(...names) {
  if (names.length === 0) throw new TypeError('At least one arg needs to be specified');
  const quoted = names.map((n) => (Array.isArray(n) ? n.map((x) => `"${x}"`).join(' or ') : `"${n}"`));
  const noun = quoted.length === 1 ? 'argument' : 'arguments';
  return `The ${joinWords(quoted, 'and')} ${noun} must be specified`;
}

function requireEsmText(filename, hasEsmSyntax, parentPath = null, packageJsonPath = null) {
  const from = parentPath ? ` from ${parentPath}` : '';
  const lead = `require() of ES Module ${filename}${from} not supported.`;
  const dynamicImport = 'a dynamic import() which is available in all CommonJS modules.';
  if (!packageJsonPath) {
    if (filename.endsWith('.mjs')) return `${lead}\nInstead change the require of ${filename} to ${dynamicImport}`;
    return lead;
  }
  const { basename } = require('path');
  const shortName = parentPath && basename(filename) === basename(parentPath) ? filename : basename(filename);
  if (hasEsmSyntax) {
    return `${lead}\nInstead change the require of ${shortName} in ${parentPath} to ${dynamicImport}`;
  }
  return `${lead}\n${shortName} is treated as an ES module file as it is a .js file whose nearest parent ` +
    'package.json contains "type": "module" which declares all .js files in that package scope as ES modules.' +
    `\nInstead either rename ${shortName} to end in .cjs, change the requiring code to use dynamic import() ` +
    'which is available in all CommonJS modules, or change "type": "module" to "type": "commonjs" in ' +
    `${packageJsonPath} to treat all .js files as CommonJS (using .mjs for all ES modules instead).\n`;
}

// An own `url` on a module error (an assignment would reach a setter a
// program may have put on Error.prototype).
function defineUrl(err, url) {
  Object.defineProperty(err, 'url', { __proto__: null, value: url, writable: true, enumerable: true, configurable: true });
}

function importedFrom(base) {
  return base ? ` imported from ${base}` : '';
}

function packageTargetText(pkgPath, key, target, isImport = false, base = undefined) {
  const needsDotSlash = typeof target === 'string' && !isImport && target.length !== 0 && !target.startsWith('./');
  const hint = needsDotSlash ? '; targets must start with "./"' : '';
  const where = `the package config ${pkgPath}package.json${importedFrom(base)}`;
  if (key === '.') return `Invalid "exports" main target ${JSON.stringify(target)} defined in ${where}${hint}`;
  const field = isImport ? 'imports' : 'exports';
  return `Invalid "${field}" target ${JSON.stringify(target)} defined for '${key}' in ${where}${hint}`;
}

const dynamicMessages = {
  ERR_INVALID_ARG_TYPE: [invalidArgTypeText, TypeError],
  ERR_INVALID_ARG_VALUE: [invalidArgValueText, TypeError, RangeError],
  ERR_OUT_OF_RANGE: [outOfRangeText, RangeError],
  ERR_MISSING_ARGS: [missingArgsText, TypeError],
  // Callers pass the already inspected error.
  ERR_UNHANDLED_ERROR: [(err = undefined) => (err === undefined ? 'Unhandled error.' : `Unhandled error. (${err})`),
    Error],
  ERR_INVALID_RETURN_VALUE: [(input, name, value) =>
    `Expected ${input} to be returned from the "${name}" function but got ${determineSpecificType(value)}.`,
  TypeError, RangeError],
  ERR_INVALID_RETURN_PROPERTY: [(input, name, prop, value) =>
    `Expected a valid ${input} to be returned for the "${prop}" from the "${name}" hook but got ` +
    `${determineSpecificType(value)}.`, TypeError],
  ERR_INVALID_RETURN_PROPERTY_VALUE: [(input, name, prop, value) =>
    `Expected ${input} to be returned for the "${prop}" from the "${name}" hook but got ` +
    `${determineSpecificType(value)}.`, TypeError],
  ERR_FALSY_VALUE_REJECTION: [function falsy(reason) {
    this.reason = reason;
    return 'Promise was rejected with falsy value';
  }, Error],
  ERR_INVALID_URL: [function badUrl(input, base = null) {
    this.input = input;
    if (base != null) this.base = base;
    return 'Invalid URL';
  }, TypeError],
  ERR_INVALID_URL_SCHEME: [(expected) => {
    const list = typeof expected === 'string' ? [expected] : expected;
    if (list.length === 2) return `The URL must be one of scheme ${list[0]} or ${list[1]}`;
    return `The URL must be of scheme ${list[0]}`;
  }, TypeError],
  ERR_INVALID_FILE_URL_PATH: [function badFileUrl(reason, input) {
    this.input = input;
    return 'File URL path ' + reason;
  }, TypeError],
  ERR_REQUIRE_ESM: [requireEsmText, Error],
  ERR_SOCKET_BAD_PORT: [(name, port, allowZero = true) =>
    `${name} should be ${allowZero ? '>=' : '>'} 0 and < 65536. Received ${determineSpecificType(port)}.`,
  RangeError],
  ERR_INVALID_CHAR: [(name, field = undefined) =>
    (field === undefined ? `Invalid character in ${name}` : `Invalid character in ${name} ["${field}"]`),
  TypeError],
  ERR_BUFFER_OUT_OF_BOUNDS: [(name = undefined) =>
    (name ? `"${name}" is outside of buffer bounds` : 'Attempt to access memory outside buffer bounds'),
  RangeError],
  ERR_ENCODING_INVALID_ENCODED_DATA: [function badData(encoding, ret) {
    this.errno = ret;
    return 'The encoded data was not valid for encoding ' + encoding;
  }, TypeError],
  ERR_INVALID_ADDRESS_FAMILY: [function badFamily(addressType, host, port) {
    this.host = host;
    this.port = port;
    const where = `${host}:${port}`;
    return `Invalid address family: ${addressType} ${where}`;
  }, RangeError],
  ERR_MODULE_NOT_FOUND: [function notFound(path, base, exactUrl) {
    if (exactUrl) defineUrl(this, `${exactUrl}`);
    return `Cannot find ${exactUrl ? 'module' : 'package'} '${path}' imported from ${base}`;
  }, Error],
  ERR_INVALID_MODULE_SPECIFIER: [(request, reason, base = undefined) =>
    `Invalid module "${request}" ${reason}${importedFrom(base)}`, TypeError],
  ERR_INVALID_PACKAGE_CONFIG: [(path, base, message) =>
    `Invalid package config ${path}${base ? ` while importing ${base}` : ''}${message ? `. ${message}` : ''}`,
  Error],
  ERR_INVALID_PACKAGE_TARGET: [packageTargetText, Error],
  ERR_PACKAGE_PATH_NOT_EXPORTED: [(pkgPath, subpath, base = undefined) => {
    if (subpath === '.') return `No "exports" main defined in ${pkgPath}package.json${importedFrom(base)}`;
    return `Package subpath '${subpath}' is not defined by "exports" in ${pkgPath}package.json${importedFrom(base)}`;
  }, Error],
  ERR_PACKAGE_IMPORT_NOT_DEFINED: [(specifier, packagePath, base) =>
    `Package import specifier "${specifier}" is not defined` +
    `${packagePath ? ` in package ${packagePath}package.json` : ''} imported from ${base}`, TypeError],
  ERR_UNSUPPORTED_DIR_IMPORT: [function dirImport(path, base, exactUrl) {
    defineUrl(this, exactUrl);
    return `Directory import '${path}' is not supported resolving ES modules imported from ${base}`;
  }, Error],
  ERR_UNSUPPORTED_ESM_URL_SCHEME: [(url, supported) =>
    `Only URLs with a scheme in: ${joinWords(supported)} are supported by the default ESM loader. ` +
    `Received protocol '${url.protocol}'`, Error],
  ERR_PARSE_ARGS_UNKNOWN_OPTION: [(option, allowPositionals) => {
    if (!allowPositionals) return `Unknown option '${option}'`;
    return `Unknown option '${option}'. To specify a positional argument starting with a '-', place it at the ` +
      `end of the command after '--', as in '-- ${JSON.stringify(option)}`;
  }, TypeError],
  ERR_WORKER_PATH: [(filename) => {
    let text = 'The worker script or module filename must be an absolute path or a relative path starting ' +
      "with './' or '../'.";
    if (filename.startsWith('file://')) text += ' Wrap file:// URLs with `new URL`.';
    else if (filename.startsWith('data:text/javascript')) text += ' Wrap data: URLs with `new URL`.';
    return `${text} Received "${filename}"`;
  }, TypeError],
  ERR_WORKER_INVALID_EXEC_ARGV: [(errors, msg = 'invalid execArgv flags') =>
    `Initiated Worker with ${msg}: ${errors.join(', ')}`, Error],
  // node:test: `error` is what the test threw (or the runner's own text).
  ERR_TEST_FAILURE: [function testFailure(error, failureType) {
    this.failureType = failureType;
    this.cause = error;
    return error !== null && typeof error === 'object' && typeof error.message === 'string' ? error.message : `${error}`;
  }, Error],
  ERR_INVALID_MIME_SYNTAX: [(production, str, invalidIndex) =>
    `The MIME syntax for a ${production} in "${str}" is invalid${invalidIndex !== -1 ? ` at ${invalidIndex}` : ''}`,
  TypeError],
  // Jolt's own: a Node API this runtime does not provide yet.
  ERR_JOLT_NOT_IMPLEMENTED: [(what) => `${what} is not implemented in Jolt yet`, Error],
};

for (const key of Object.keys(dynamicMessages)) {
  const [text, ...bases] = dynamicMessages[key];
  E(key, text, ...bases);
}

builtinText = `
ERR_AMBIGUOUS_ARGUMENT T The "%s" argument is ambiguous. %s
ERR_ARG_NOT_ITERABLE T %s must be iterable
ERR_ASSERTION E %s
ERR_ASYNC_CALLBACK T %s must be a function
ERR_ASYNC_LOADER_REQUEST_NEVER_SETTLED E Async loader request never settled
ERR_ASYNC_TYPE T Invalid name for async "type": %s
ERR_BROTLI_INVALID_PARAM R %s is not a valid Brotli parameter
ERR_BUFFER_TOO_LARGE R Cannot create a Buffer larger than %s bytes
ERR_CANNOT_WATCH_SIGINT E Cannot watch for SIGINT signals
ERR_CHILD_CLOSED_BEFORE_REPLY E Child closed before reply received
ERR_CHILD_PROCESS_IPC_REQUIRED E Forked processes must have an IPC channel, missing value 'ipc' in %s
ERR_CHILD_PROCESS_STDIO_MAXBUFFER R %s maxBuffer length exceeded
ERR_CONSOLE_WRITABLE_STREAM T Console expects a writable stream instance for %s
ERR_CONSTRUCT_CALL_INVALID T Constructor cannot be called
ERR_CONSTRUCT_CALL_REQUIRED T Class constructor %s cannot be invoked without \`new\`
ERR_CONTEXT_NOT_INITIALIZED E context used is not initialized
ERR_CRYPTO_ARGON2_NOT_SUPPORTED E Argon2 algorithm not supported
ERR_CRYPTO_CUSTOM_ENGINE_NOT_SUPPORTED E Custom engines not supported by this OpenSSL
ERR_CRYPTO_ECDH_INVALID_FORMAT T Invalid ECDH format: %s
ERR_CRYPTO_ECDH_INVALID_PUBLIC_KEY E Public key is not valid for specified curve
ERR_CRYPTO_ENGINE_UNKNOWN E Engine "%s" was not found
ERR_CRYPTO_FIPS_FORCED E Cannot set FIPS mode, it was forced with --force-fips at startup.
ERR_CRYPTO_FIPS_UNAVAILABLE E Cannot set FIPS mode in a non-FIPS build.
ERR_CRYPTO_HASH_FINALIZED E Digest already called
ERR_CRYPTO_HASH_UPDATE_FAILED E Hash update failed
ERR_CRYPTO_INCOMPATIBLE_KEY E Incompatible %s: %s
ERR_CRYPTO_INCOMPATIBLE_KEY_OPTIONS E The selected key encoding %s %s.
ERR_CRYPTO_INVALID_DIGEST T Invalid digest: %s
ERR_CRYPTO_INVALID_JWK T Invalid JWK data
ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE T Invalid key object type %s, expected %s.
ERR_CRYPTO_INVALID_STATE E Invalid state for operation %s
ERR_CRYPTO_KEM_NOT_SUPPORTED E KEM is not supported
ERR_CRYPTO_PBKDF2_ERROR E PBKDF2 error
ERR_CRYPTO_SCRYPT_NOT_SUPPORTED E Scrypt algorithm not supported
ERR_CRYPTO_SIGN_KEY_REQUIRED E No key provided to sign
ERR_DIR_CLOSED E Directory handle was closed
ERR_DIR_CONCURRENT_OPERATION E Cannot do synchronous work on directory handle with concurrent asynchronous operations
ERR_DNS_SET_SERVERS_FAILED E c-ares failed to set servers: "%s" [%s]
ERR_DOMAIN_CALLBACK_NOT_AVAILABLE E A callback was registered through process.setUncaughtExceptionCaptureCallback(), which is mutually exclusive with using the \`domain\` module
ERR_DOMAIN_CANNOT_SET_UNCAUGHT_EXCEPTION_CAPTURE E The \`domain\` module is in use, which is mutually exclusive with calling process.setUncaughtExceptionCaptureCallback()
ERR_DUPLICATE_STARTUP_SNAPSHOT_MAIN_FUNCTION E Deserialize main function is already configured.
ERR_ENCODING_NOT_SUPPORTED R The "%s" encoding is not supported
ERR_EVENT_RECURSION E The event "%s" is already being dispatched
ERR_FEATURE_UNAVAILABLE_ON_PLATFORM T The feature %s is unavailable on the current platform, which is being used to run Node.js
ERR_FS_CP_DIR_TO_NON_DIR Y Cannot overwrite non-directory with directory
ERR_FS_CP_EEXIST Y Target already exists
ERR_FS_CP_EINVAL Y Invalid src or dest
ERR_FS_CP_FIFO_PIPE Y Cannot copy a FIFO pipe
ERR_FS_CP_NON_DIR_TO_DIR Y Cannot overwrite directory with non-directory
ERR_FS_CP_SOCKET Y Cannot copy a socket file
ERR_FS_CP_SYMLINK_TO_SUBDIRECTORY Y Cannot overwrite symlink in subdirectory of self
ERR_FS_CP_UNKNOWN Y Cannot copy an unknown file type
ERR_FS_EISDIR Y Path is a directory
ERR_FS_FILE_TOO_LARGE R File size (%s) is greater than 2 GiB
ERR_FS_WATCH_QUEUE_OVERFLOW E fs.watch() queued more than %d events
ERR_HTTP_BODY_NOT_ALLOWED E Adding content for this request method or response status is not allowed.
ERR_HTTP_CONTENT_LENGTH_MISMATCH E Response body's content-length of %s byte(s) does not match the content-length of %s byte(s) set in header
ERR_HTTP_HEADERS_SENT E Cannot %s headers after they are sent to the client
ERR_HTTP_INVALID_HEADER_VALUE T Invalid value "%s" for header "%s"
ERR_HTTP_INVALID_STATUS_CODE R Invalid status code: %s
ERR_HTTP_REQUEST_TIMEOUT E Request timeout
ERR_HTTP_SOCKET_ASSIGNED E ServerResponse has an already assigned socket
ERR_HTTP_SOCKET_ENCODING E Changing the socket encoding is not allowed per RFC7230 Section 3.
ERR_HTTP_TRAILER_INVALID E Trailers are invalid with this transfer encoding
ERR_ILLEGAL_CONSTRUCTOR T Illegal constructor
ERR_IMPORT_ATTRIBUTE_MISSING T Module "%s" needs an import attribute of "%s: %s"
ERR_IMPORT_ATTRIBUTE_TYPE_INCOMPATIBLE T Module "%s" is not of type "%s"
ERR_IMPORT_ATTRIBUTE_UNSUPPORTED T Import attribute "%s" with value "%s" is not supported in %s
ERR_INCOMPATIBLE_OPTION_PAIR T Option "%s" cannot be used in combination with option "%s"
ERR_INPUT_TYPE_NOT_ALLOWED E --input-type can only be used with string input via --eval, --print, or STDIN
ERR_INVALID_ADDRESS E Invalid socket address
ERR_INVALID_ASYNC_ID R Invalid %s value: %s
ERR_INVALID_BUFFER_SIZE R Buffer size must be a multiple of %s
ERR_INVALID_CURSOR_POS T Cannot set cursor row without setting its column
ERR_INVALID_FD R "fd" must be a positive integer: %s
ERR_INVALID_FD_TYPE T Unsupported fd type: %s
ERR_INVALID_FILE_URL_HOST T File URL host must be "localhost" or empty on %s
ERR_INVALID_HANDLE_TYPE T This handle type cannot be sent
ERR_INVALID_HTTP_TOKEN T %s must be a valid HTTP token ["%s"]
ERR_INVALID_IP_ADDRESS T Invalid IP address: %s
ERR_INVALID_PROTOCOL T Protocol "%s" not supported. Expected "%s"
ERR_INVALID_REPL_EVAL_CONFIG T Cannot specify both "breakEvalOnSigint" and "eval" for REPL
ERR_INVALID_REPL_INPUT T %s
ERR_INVALID_STATE ETR Invalid state: %s
ERR_INVALID_SYNC_FORK_INPUT T Asynchronous forks do not support Buffer, TypedArray, DataView or string input: %s
ERR_INVALID_THIS T Value of "this" must be of type %s
ERR_INVALID_TUPLE T %s must be an iterable %s tuple
ERR_INVALID_URI U URI malformed
ERR_IP_BLOCKED E IP(%s) is blocked by net.BlockList
ERR_METHOD_NOT_IMPLEMENTED E The %s method is not implemented
ERR_MISSING_OPTION T %s is required
ERR_MODULE_LINK_MISMATCH T %s
ERR_MULTIPLE_CALLBACK E Callback called multiple times
ERR_NO_CRYPTO E Node.js is not compiled with OpenSSL crypto support
ERR_NO_ICU T %s is not supported on Node.js compiled without ICU
ERR_OPERATION_FAILED ET Operation failed: %s
ERR_PARSE_ARGS_INVALID_OPTION_VALUE T %s
ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL T Unexpected argument '%s'. This command does not take positional arguments
ERR_PROXY_INVALID_CONFIG E %s
ERR_PROXY_TUNNEL E %s
ERR_REQUIRE_ASYNC_MODULE E %s
ERR_REQUIRE_CYCLE_MODULE E %s
ERR_SCRIPT_EXECUTION_INTERRUPTED E Script execution was interrupted by \`SIGINT\`
ERR_SERVER_ALREADY_LISTEN E Listen method has been called more than once without closing.
ERR_SERVER_NOT_RUNNING E Server is not running.
ERR_SOCKET_ALREADY_BOUND E Socket is already bound
ERR_SOCKET_BAD_BUFFER_SIZE T Buffer size must be a positive integer
ERR_SOCKET_BAD_TYPE T Bad socket type specified. Valid types are: udp4, udp6
ERR_SOCKET_BUFFER_SIZE Y Could not get or set buffer size
ERR_SOCKET_CLOSED E Socket is closed
ERR_SOCKET_CLOSED_BEFORE_CONNECTION E Socket closed before the connection was established
ERR_SOCKET_CONNECTION_TIMEOUT E Socket connection timeout
ERR_SOCKET_DGRAM_IS_CONNECTED E Already connected
ERR_SOCKET_DGRAM_NOT_CONNECTED E Not connected
ERR_SOCKET_DGRAM_NOT_RUNNING E Not running
ERR_SOCKET_HANDLE_ADOPTED E The bound socket has already been adopted by a server or socket
ERR_SRI_PARSE S Subresource Integrity string %j had an unexpected %j at position %d
ERR_STREAM_ALREADY_FINISHED E Cannot call %s after a stream was finished
ERR_STREAM_CANNOT_PIPE E Cannot pipe, not readable
ERR_STREAM_DESTROYED E Cannot call %s after a stream was destroyed
ERR_STREAM_ITER_MISSING_FLAG T The stream/iter API requires the --experimental-stream-iter flag
ERR_STREAM_NULL_VALUES T May not write null values to stream
ERR_STREAM_PREMATURE_CLOSE E Premature close
ERR_STREAM_PUSH_AFTER_EOF E stream.push() after EOF
ERR_STREAM_UNABLE_TO_PIPE E Cannot pipe to a closed or destroyed stream
ERR_STREAM_UNSHIFT_AFTER_END_EVENT E stream.unshift() after end event
ERR_STREAM_WRAP E Stream has StringDecoder set or is in objectMode
ERR_STREAM_WRITE_AFTER_END E write after end
ERR_SYNTHETIC E JavaScript Callstack
ERR_SYSTEM_ERROR Y A system error occurred
ERR_TLS_ALPN_CALLBACK_WITH_PROTOCOLS T The ALPNCallback and ALPNProtocols TLS options are mutually exclusive
ERR_TLS_CERT_ALTNAME_FORMAT S Invalid subject alternative name string
ERR_TLS_DH_PARAM_SIZE E DH parameter size %s is less than 2048
ERR_TLS_HANDSHAKE_TIMEOUT E TLS handshake timeout
ERR_TLS_INVALID_CONTEXT T %s must be a SecureContext
ERR_TLS_INVALID_PROTOCOL_VERSION T %j is not a valid %s TLS protocol version
ERR_TLS_INVALID_STATE E TLS socket connection must be securely established
ERR_TLS_PROTOCOL_VERSION_CONFLICT T TLS protocol version %j conflicts with secureProtocol %j
ERR_TLS_RENEGOTIATION_DISABLED E TLS session renegotiation disabled for this socket
ERR_TLS_RENEGOTIATION_UNSUPPORTED E TLS session renegotiation is unsupported by this TLS implementation
ERR_TLS_REQUIRED_SERVER_NAME E "servername" is required parameter for Server.addContext
ERR_TLS_SESSION_ATTACK E TLS session renegotiation attack detected
ERR_TLS_SNI_FROM_SERVER E Cannot issue SNI from a TLS server-side socket
ERR_TRAILING_JUNK_AFTER_STREAM_END T Trailing junk found after the end of the compressed stream
ERR_TTY_INIT_FAILED Y TTY initialization failed
ERR_UNAVAILABLE_DURING_EXIT E Cannot call function in process exit handler
ERR_UNCAUGHT_EXCEPTION_CAPTURE_ALREADY_SET E \`process.setupUncaughtExceptionCapture()\` was called while a capture callback was already active
ERR_UNESCAPED_CHARACTERS T %s contains unescaped characters
ERR_UNKNOWN_BUILTIN_MODULE E No such built-in module: %s
ERR_UNKNOWN_CREDENTIAL E %s identifier does not exist: %s
ERR_UNKNOWN_ENCODING T Unknown encoding: %s
ERR_UNKNOWN_FILE_EXTENSION T Unknown file extension "%s" for %s
ERR_UNKNOWN_MODULE_FORMAT R Unknown module format: %s for URL %s
ERR_UNKNOWN_SIGNAL T Unknown signal: %s
ERR_UNSUPPORTED_NODE_MODULES_TYPE_STRIPPING E Stripping types is currently unsupported for files under node_modules, for "%s"
ERR_UNSUPPORTED_RESOLVE_REQUEST T Failed to resolve module specifier "%s" from "%s": Invalid relative URL or base scheme is not hierarchical.
ERR_USE_AFTER_CLOSE E %s was closed
ERR_VALID_PERFORMANCE_ENTRY_TYPE E At least one valid performance entry type is required
ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING T A dynamic import callback was not specified.
ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING_FLAG T A dynamic import callback was invoked without --experimental-vm-modules
ERR_WEBASSEMBLY_NOT_SUPPORTED E WebAssembly is not supported in this environment, but is required for %s
ERR_WEBASSEMBLY_RESPONSE T WebAssembly response %s
ERR_WORKER_HANDLE_NOT_TRANSFERABLE E %s cannot be transferred in its current state; it must be a freshly created or accepted handle that has not started reading and has no pending writes
ERR_WORKER_INIT_FAILED E Worker initialization failure: %s
ERR_WORKER_MESSAGING_ERRORED E The destination thread threw an error while processing the message
ERR_WORKER_MESSAGING_FAILED E Cannot find the destination thread or listener
ERR_WORKER_MESSAGING_SAME_THREAD E Cannot sent a message to the same thread
ERR_WORKER_MESSAGING_TIMEOUT E Sending a message to another thread timed out
ERR_WORKER_NOT_RUNNING E Worker instance not running
ERR_WORKER_OUT_OF_MEMORY E Worker terminated due to reaching memory limit: %s
ERR_WORKER_UNSERIALIZABLE_ERROR E Serializing an uncaught exception failed
ERR_WORKER_UNSUPPORTED_OPERATION T %s is not supported in workers
ERR_ZSTD_INVALID_PARAM R %s is not a valid zstd parameter
`;

module.exports = {
  AbortError,
  aggregateTwoErrors,
  NodeAggregateError,
  codes,
  ConnResetException,
  DNSException,
  determineSpecificType,
  E,
  ErrnoException,
  ExceptionWithHostPort,
  formatList: joinWords,
  genericNodeError,
  getMessage,
  hideStackFrames,
  inspectWithNoCustomRetry,
  isErrorStackTraceLimitWritable: stackLimitWritable,
  isStackOverflowError: looksLikeStackOverflow,
  kIsNodeError,
  SystemError,
  uvErrmapGet,
  UVException,
  UVExceptionWithHostPort,
  addNumericalSeparator,
  makeSystemError,
  errnoName,
  errnoMessage,
  errnoFromName,
  getSystemErrorMap,
};
