'use strict';
// Argument checks shared by the stdlib. Each throws the Node error code and
// message for a bad value; internal/errors is only loaded once a check fails.
// Thrown errors have their stack cut at the check, so it starts at the API
// function that called it.

let errorCodes;
function raise(fn, Code, ...args) {
  if (errorCodes === undefined) errorCodes = require('internal/errors').codes;
  const err = new errorCodes[Code](...args);
  if (typeof Error.captureStackTrace === 'function') Error.captureStackTrace(err, fn);
  throw err;
}

const kInt32Min = -2147483648;
const kInt32Max = 2147483647;
const kUint32Max = 4294967295;

const isInt32 = (value) => value === (value | 0);
const isUint32 = (value) => value === (value >>> 0);

// typeof check, then integer check, then the range: the common shape of the
// numeric validators below.
function checkIntegerIn(fn, value, name, lo, hi) {
  if (typeof value !== 'number') raise(fn, 'ERR_INVALID_ARG_TYPE', name, 'number', value);
  if (!Number.isInteger(value)) raise(fn, 'ERR_OUT_OF_RANGE', name, 'an integer', value);
  if (value < lo || value > hi) raise(fn, 'ERR_OUT_OF_RANGE', name, `>= ${lo} && <= ${hi}`, value);
}

function validateInteger(value, name, min = Number.MIN_SAFE_INTEGER, max = Number.MAX_SAFE_INTEGER) {
  checkIntegerIn(validateInteger, value, name, min, max);
}

function validateInt32(value, name, min = kInt32Min, max = kInt32Max) {
  checkIntegerIn(validateInt32, value, name, min, max);
}

function validateUint32(value, name, positive = false) {
  checkIntegerIn(validateUint32, value, name, positive ? 1 : 0, kUint32Max);
}

function validateNumber(value, name, min = undefined, max = undefined) {
  if (typeof value !== 'number') raise(validateNumber, 'ERR_INVALID_ARG_TYPE', name, 'number', value);
  const hasMin = min != null;
  const hasMax = max != null;
  if (!hasMin && !hasMax) return;
  if ((hasMin && value < min) || (hasMax && value > max) || Number.isNaN(value)) {
    let range = hasMin ? `>= ${min}` : '';
    if (hasMin && hasMax) range += ' && ';
    if (hasMax) range += `<= ${max}`;
    raise(validateNumber, 'ERR_OUT_OF_RANGE', name, range, value);
  }
}

// Returns false for undefined/NaN (use the default), true for a finite
// number, throws otherwise.
function validateFiniteNumber(number, name) {
  if (number === undefined) return false;
  if (Number.isFinite(number)) return true;
  if (Number.isNaN(number)) return false;
  if (typeof number !== 'number') raise(validateFiniteNumber, 'ERR_INVALID_ARG_TYPE', name, 'number', number);
  return raise(validateFiniteNumber, 'ERR_OUT_OF_RANGE', name, 'a finite number', number);
}

function checkRangesOrGetDefault(value, name, lo, hi, fallback) {
  if (!validateFiniteNumber(value, name)) return fallback;
  if (value >= lo && value <= hi) return value;
  return raise(checkRangesOrGetDefault, 'ERR_OUT_OF_RANGE', name, `>= ${lo} and <= ${hi}`, value);
}

const kOctalDigits = /^[0-7]+$/;

// A file mode given as a number or an octal string ('755').
function parseFileMode(input, name, fallback) {
  let mode = input == null ? fallback : input;
  if (typeof mode === 'string') {
    if (!kOctalDigits.test(mode)) {
      raise(parseFileMode, 'ERR_INVALID_ARG_VALUE', name, mode,
        'must be a 32-bit unsigned integer or an octal string');
    }
    mode = Number.parseInt(mode, 8);
  }
  checkIntegerIn(parseFileMode, mode, name, 0, kUint32Max);
  return mode === 0 ? 0 : mode; // no -0
}

function validateString(value, name) {
  if (typeof value !== 'string') raise(validateString, 'ERR_INVALID_ARG_TYPE', name, 'string', value);
}

function validateStringWithoutNullBytes(value, name) {
  if (typeof value !== 'string') {
    raise(validateStringWithoutNullBytes, 'ERR_INVALID_ARG_TYPE', name, 'string', value);
  }
  if (value.includes('\u0000')) {
    raise(validateStringWithoutNullBytes, 'ERR_INVALID_ARG_VALUE', name, value, 'must be a string without null bytes');
  }
}

function validateBoolean(value, name) {
  if (typeof value !== 'boolean') raise(validateBoolean, 'ERR_INVALID_ARG_TYPE', name, 'boolean', value);
}

function validateFunction(value, name) {
  if (typeof value !== 'function') raise(validateFunction, 'ERR_INVALID_ARG_TYPE', name, 'Function', value);
}

function isAsyncFunctionValue(fn) {
  return Object.prototype.toString.call(fn) === '[object AsyncFunction]';
}

// A function that is not async.
function validatePlainFunction(value, name) {
  if (typeof value !== 'function' || isAsyncFunctionValue(value)) {
    raise(validatePlainFunction, 'ERR_INVALID_ARG_TYPE', name, 'Function', value);
  }
}

function validateUndefined(value, name) {
  if (value !== undefined) raise(validateUndefined, 'ERR_INVALID_ARG_TYPE', name, 'undefined', value);
}

// validateObject() option bits (exported under Node's kValidateObject* names).
const kAllowNull = 1;
const kAllowArray = 2;
const kAllowFunction = 4;

function isAcceptedObject(value, flags) {
  if (value === null) return (flags & kAllowNull) !== 0;
  const kind = typeof value;
  if (kind === 'function') return (flags & kAllowFunction) !== 0;
  if (kind !== 'object') return false;
  return !Array.isArray(value) || (flags & kAllowArray) !== 0;
}

function validateObject(value, name, options = 0) {
  if (!isAcceptedObject(value, options)) raise(validateObject, 'ERR_INVALID_ARG_TYPE', name, 'Object', value);
}

// Anything usable as a WebIDL dictionary: undefined, null or an object.
function validateDictionary(value, name) {
  const kind = typeof value;
  if (value != null && kind !== 'object' && kind !== 'function') {
    raise(validateDictionary, 'ERR_INVALID_ARG_TYPE', name, 'a dictionary', value);
  }
}

function validateArray(value, name, atLeast = 0) {
  if (!Array.isArray(value)) raise(validateArray, 'ERR_INVALID_ARG_TYPE', name, 'Array', value);
  if (value.length >= atLeast) return;
  raise(validateArray, 'ERR_INVALID_ARG_VALUE', name, value, `must have a length of at least ${atLeast}`);
}

// validateArray() plus a check of every element, named "name[i]".
function eachElement(fn, value, name, check) {
  if (!Array.isArray(value)) raise(fn, 'ERR_INVALID_ARG_TYPE', name, 'Array', value);
  for (let i = 0; i < value.length; i++) check(value[i], `${name}[${i}]`);
}

function validateStringArray(value, name) {
  eachElement(validateStringArray, value, name, validateString);
}

function validateBooleanArray(value, name) {
  eachElement(validateBooleanArray, value, name, validateBoolean);
}

function validateAbortSignalArray(signals, name) {
  eachElement(validateAbortSignalArray, signals, name, validateAbortSignal);
}

function validateAbortSignal(signal, name) {
  if (signal === undefined) return;
  if (signal === null || typeof signal !== 'object' || !('aborted' in signal)) {
    raise(validateAbortSignal, 'ERR_INVALID_ARG_TYPE', name, 'AbortSignal', signal);
  }
}

function validateOneOf(value, name, oneOf) {
  if (oneOf.includes(value)) return;
  const listed = oneOf.map((v) => (typeof v === 'string' ? `'${v}'` : String(v))).join(', ');
  raise(validateOneOf, 'ERR_INVALID_ARG_VALUE', name, value, `must be one of: ${listed}`);
}

function validateUnion(value, name, members) {
  if (members.includes(value)) return;
  raise(validateUnion, 'ERR_INVALID_ARG_TYPE', name, `('${members.join('|')}')`, value);
}

function validateBuffer(buffer, name = 'buffer') {
  if (!ArrayBuffer.isView(buffer)) {
    raise(validateBuffer, 'ERR_INVALID_ARG_TYPE', name, ['Buffer', 'TypedArray', 'DataView'], buffer);
  }
}

// Hex data must have an even length.
function validateEncoding(data, encoding) {
  const length = data.length;
  const isHex = typeof encoding === 'string' && encoding.length === 3 && encoding.toLowerCase() === 'hex';
  if (isHex && length % 2 !== 0) {
    raise(validateEncoding, 'ERR_INVALID_ARG_VALUE', 'encoding', encoding, `is invalid for data of length ${length}`);
  }
}

// A port as a number or numeric string in 0..65535 (1.. when !allowZero).
function validatePort(port, name = 'Port', allowZero = true) {
  const kind = typeof port;
  let ok = kind === 'number' || (kind === 'string' && port.trim() !== '');
  if (ok) {
    const n = +port;
    ok = n === (n >>> 0) && n <= 0xFFFF && !(n === 0 && !allowZero);
  }
  if (!ok) raise(validatePort, 'ERR_SOCKET_BAD_PORT', name, port, allowZero);
  return port | 0;
}

let signalTable;
function knownSignals() {
  if (signalTable === undefined) signalTable = require('internal/process/signals').signals;
  return signalTable;
}

function validateSignalName(signal, name = 'signal') {
  if (typeof signal !== 'string') raise(validateSignalName, 'ERR_INVALID_ARG_TYPE', name, 'string', signal);
  const table = knownSignals();
  if (table[signal] !== undefined) return;
  if (table[signal.toUpperCase()] !== undefined) {
    raise(validateSignalName, 'ERR_UNKNOWN_SIGNAL', `${signal} (signals must use all capital letters)`);
  }
  raise(validateSignalName, 'ERR_UNKNOWN_SIGNAL', signal);
}

// `object` must be an instance carrying the private field `fieldKey`.
function validateThisInternalField(object, fieldKey, className) {
  if (typeof object !== 'object' || object === null || !Object.hasOwn(object, fieldKey)) {
    raise(validateThisInternalField, 'ERR_INVALID_THIS', className);
  }
}

module.exports = {
  isInt32,
  isUint32,
  parseFileMode,
  validateArray,
  validateStringArray,
  validateBooleanArray,
  validateAbortSignalArray,
  validateBoolean,
  validateBuffer,
  validateDictionary,
  validateEncoding,
  validateFunction,
  validateInt32,
  validateInteger,
  validateNumber,
  validateObject,
  kValidateObjectNone: 0,
  kValidateObjectAllowNullable: kAllowNull,
  kValidateObjectAllowArray: kAllowArray,
  kValidateObjectAllowFunction: kAllowFunction,
  kValidateObjectAllowObjects: kAllowArray | kAllowFunction,
  kValidateObjectAllowObjectsAndNull: kAllowNull | kAllowArray | kAllowFunction,
  validateOneOf,
  validatePlainFunction,
  validatePort,
  validateSignalName,
  validateString,
  validateStringWithoutNullBytes,
  validateUint32,
  validateUndefined,
  validateUnion,
  validateAbortSignal,
  validateThisInternalField,
  validateFiniteNumber,
  checkRangesOrGetDefault,
};
