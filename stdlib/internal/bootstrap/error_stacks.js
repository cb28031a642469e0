'use strict';
// V8-shaped `error.stack` for errors made by JS code.
//
// JSC gives errors a `stack` of "fn@file:line:col" frames with no header;
// Node programs read and print `err.stack` expecting V8's
// "Name: message\n    at fn (file:line:col)". JSC has no
// Error.prepareStackTrace, so the global error constructors are replaced by
// wrappers that build the intrinsic error and turn its `stack` into an
// accessor formatting it, V8-like, on first read (so a `name` set after
// construction, as subclasses do, is in the header). The wrappers share the
// intrinsics' prototypes, so `instanceof` holds for errors the engine itself
// throws; those keep JSC's format and are converted where Jolt prints them.

// The converter is loaded on the first read of a stack, not at start-up.
let errorsStack;

const ObjectDefineProperty = Object.defineProperty;
const ObjectGetOwnPropertyDescriptor = Object.getOwnPropertyDescriptor;
const ReflectConstruct = Reflect.construct;

const kSelf = 'node:internal/bootstrap/error_stacks:';
// The JSC-format stack of each patched error (the reporter wants the first
// frame's position); made with the first error, as JSC builds its WeakMap
// class on first use.
let rawStacks;

// Drops the frames of the wrapper itself from the top of a JSC stack.
function stripOwnFrames(raw) {
  let start = 0;
  for (;;) {
    const end = raw.indexOf('\n', start);
    const line = end === -1 ? raw.slice(start) : raw.slice(start, end);
    if (line === 'construct@[native code]' || line.includes(kSelf) ||
        line === 'captureStackTrace@[native code]') {
      if (end === -1) return '';
      start = end + 1;
      continue;
    }
    return raw.slice(start);
  }
}

function patchStack(err) {
  const desc = ObjectGetOwnPropertyDescriptor(err, 'stack');
  if (desc === undefined || typeof desc.value !== 'string') return;
  const raw = stripOwnFrames(desc.value);
  if (rawStacks === undefined) rawStacks = new WeakMap();
  rawStacks.set(err, raw);
  let formatted;
  ObjectDefineProperty(err, 'stack', {
    __proto__: null,
    configurable: true,
    enumerable: false,
    get() {
      if (formatted === undefined) {
        if (errorsStack === undefined) errorsStack = require('internal/errors_stack');
        const frames = errorsStack.convertFrames(raw);
        formatted = errorsStack.errorHeader(this);
        if (frames.length !== 0) formatted += `\n${frames.join('\n')}`;
      }
      return formatted;
    },
    set(value) {
      ObjectDefineProperty(this, 'stack', {
        __proto__: null, value, writable: true, configurable: true, enumerable: false,
      });
    },
  });
}

function wrap(intrinsics, name, Parent) {
  const Intrinsic = intrinsics[name];
  if (typeof Intrinsic !== 'function') return undefined;
  const Wrapper = {
    [name]: function(...args) {
      const err = ReflectConstruct(Intrinsic, args, new.target === undefined ? Wrapper : new.target);
      patchStack(err);
      return err;
    },
  }[name];
  ObjectDefineProperty(Wrapper, 'length', { __proto__: null, value: Intrinsic.length, configurable: true });
  ObjectDefineProperty(Wrapper, 'prototype', {
    __proto__: null, value: Intrinsic.prototype, writable: false, enumerable: false, configurable: false,
  });
  ObjectDefineProperty(Intrinsic.prototype, 'constructor', {
    __proto__: null, value: Wrapper, writable: true, enumerable: false, configurable: true,
  });
  if (Parent !== undefined) Object.setPrototypeOf(Wrapper, Parent);
  ObjectDefineProperty(globalThis, name, {
    __proto__: null, value: Wrapper, writable: true, enumerable: false, configurable: true,
  });
  return Wrapper;
}

// The constructors named in kErrorNames are replaced by wrappers.
// `intrinsics` maps those names to the engine's constructors; by default
// they are read from the global object (the bootstrap, which installs the
// wrappers on first use, read them before it put accessors there).
const kErrorNames = ['Error', 'TypeError', 'RangeError', 'SyntaxError', 'ReferenceError', 'EvalError', 'URIError',
  'AggregateError', 'SuppressedError'];

function install(intrinsics = globalThis) {
  const IntrinsicError = intrinsics.Error;
  // Node (V8) keeps 10 frames; JSC's default is 100. Fewer frames also make
  // creating an error cheaper. JSC counts the two frames of the wrapper,
  // which are stripped, so it is asked for that many more.
  const kOwnFrames = 2;
  IntrinsicError.stackTraceLimit = 10 + kOwnFrames;
  const intrinsicCapture = IntrinsicError.captureStackTrace;
  const ErrorWrapper = wrap(intrinsics, 'Error');
  for (let i = 1; i < kErrorNames.length; i++) wrap(intrinsics, kErrorNames[i], ErrorWrapper);
  // Error.stackTraceLimit is read by JSC from the intrinsic constructor.
  ObjectDefineProperty(ErrorWrapper, 'stackTraceLimit', {
    __proto__: null,
    enumerable: true,
    configurable: true,
    get() {
      const limit = IntrinsicError.stackTraceLimit;
      return typeof limit === 'number' ? limit - kOwnFrames : limit;
    },
    set(value) {
      IntrinsicError.stackTraceLimit = typeof value === 'number' ? value + kOwnFrames : value;
    },
  });
  ObjectDefineProperty(ErrorWrapper, 'captureStackTrace', {
    __proto__: null,
    writable: true,
    enumerable: false,
    configurable: true,
    value: function captureStackTrace(targetObject, constructorOpt) {
      intrinsicCapture(targetObject, constructorOpt);
      patchStack(targetObject);
    },
  });
  if (typeof IntrinsicError.isError === 'function') ErrorWrapper.isError = IntrinsicError.isError;
}

// The JSC-format stack of an error, for locating where it arose.
function rawStackOf(err) {
  const raw = rawStacks === undefined ? undefined : rawStacks.get(err);
  if (raw !== undefined) return raw;
  try {
    const stack = err.stack;
    return typeof stack === 'string' ? stack : undefined;
  } catch {
    return undefined;
  }
}

module.exports = { install, rawStackOf, kErrorNames };
