'use strict';
// The Console class (node:console) and the global console object.
//
// Per-instance state sits under the symbols below. Output goes through
// emit(), which formats, applies the group indentation and writes to the
// instance's stdout or stderr stream.

const kConsoleBrand = Symbol('kIsConsole');
const kCounters = Symbol('counts');
const kColorSetting = Symbol('kColorMode');
const kIndentWidth = Symbol('kGroupIndentWidth');
const kIndent = Symbol('kGroupIndentationString');
const kInspectOptions = Symbol('kInspectOptions');

const kIndentLimit = 1000;
const kOut = 1;
const kErr = 2;

function codes() {
  return require('internal/errors').codes;
}

function validators() {
  return require('internal/validators');
}

function ignoreError() {}

// The methods of Console.prototype, in Node's order.
const kMethodNames = [
  'log', 'info', 'debug', 'warn', 'error', 'dir', 'time', 'timeEnd', 'timeLog', 'trace',
  'assert', 'clear', 'count', 'countReset', 'group', 'groupEnd', 'table', 'dirxml', 'groupCollapsed',
];

function hidden(target, key, value) {
  Object.defineProperty(target, key, {
    __proto__: null, value, writable: true, enumerable: false, configurable: true,
  });
}

function Console(options /* or: stdout[, stderr[, ignoreErrors]] */) {
  if (new.target === undefined) return Reflect.construct(Console, arguments);

  // Legacy signature: new Console(stdout[, stderr[, ignoreErrors]]).
  const legacyForm = !options || typeof options.write === 'function';
  if (legacyForm) {
    options = { stdout: options, stderr: arguments[1], ignoreErrors: arguments[2] };
  }
  const stdout = options.stdout;
  const stderr = options.stderr === undefined ? stdout : options.stderr;
  const ignoreErrors = options.ignoreErrors === undefined ? true : options.ignoreErrors;
  const colorMode = options.colorMode === undefined ? 'auto' : options.colorMode;
  const { inspectOptions, groupIndentation } = options;

  if (!stdout || typeof stdout.write !== 'function') throw new (codes().ERR_CONSOLE_WRITABLE_STREAM)('stdout');
  if (!stderr || typeof stderr.write !== 'function') throw new (codes().ERR_CONSOLE_WRITABLE_STREAM)('stderr');
  validators().validateOneOf(colorMode, 'colorMode', ['auto', true, false]);
  if (typeof groupIndentation !== 'undefined') {
    validators().validateInteger(groupIndentation, 'groupIndentation', 0, kIndentLimit);
  }
  if (typeof inspectOptions !== 'undefined') {
    validators().validateObject(inspectOptions, 'options.inspectOptions');
    if (inspectOptions.colors !== undefined && options.colorMode !== undefined) {
      throw new (codes().ERR_INCOMPATIBLE_OPTION_PAIR)('options.inspectOptions.color', 'colorMode');
    }
  }

  // Bound copies of the methods, so that `const { log } = console` works.
  for (const name of kMethodNames) {
    const bound = this[name].bind(this);
    Object.defineProperty(bound, 'name', { __proto__: null, value: name });
    this[name] = bound;
  }
  attachStreams(this, stdout, stderr);
  setupState(this, ignoreErrors, colorMode, groupIndentation, inspectOptions);
}

// _stdout/_stderr plus the error handlers used while writing to them.
function attachStreams(target, stdout, stderr) {
  hidden(target, '_stdout', stdout);
  hidden(target, '_stderr', stderr);
  hidden(target, '_stdoutErrorHandler', errorHandlerFor(target, '_stdout'));
  hidden(target, '_stderrErrorHandler', errorHandlerFor(target, '_stderr'));
}

// Streams looked up on process only when first used.
function attachLazyStreams(target) {
  for (const [key, getStream] of [['_stdout', () => process.stdout], ['_stderr', () => process.stderr]]) {
    let value;
    Object.defineProperty(target, key, {
      __proto__: null,
      enumerable: false,
      configurable: true,
      get() {
        if (value === undefined) value = getStream();
        return value;
      },
      set(stream) {
        value = stream;
      },
    });
  }
  hidden(target, '_stdoutErrorHandler', errorHandlerFor(target, '_stdout'));
  hidden(target, '_stderrErrorHandler', errorHandlerFor(target, '_stderr'));
}

function setupState(target, ignoreErrors, colorMode, groupIndentation, inspectOptions) {
  hidden(target, '_ignoreErrors', Boolean(ignoreErrors));
  hidden(target, '_times', new Map());
  hidden(target, kCounters, new Map());
  hidden(target, kColorSetting, colorMode);
  hidden(target, kConsoleBrand, true);
  hidden(target, kIndentWidth, groupIndentation === undefined ? 2 : groupIndentation);
  hidden(target, kIndent, '');
  hidden(target, kInspectOptions, inspectOptions);
  Object.defineProperty(target, Symbol.toStringTag, {
    __proto__: null, value: 'console', writable: false, enumerable: false, configurable: true,
  });
}

// A write callback: an asynchronous write error must not become an
// uncaught 'error' event on a stream nobody listens to.
function errorHandlerFor(target, streamKey) {
  return (err) => {
    if (err === null || err === undefined) return;
    const stream = target[streamKey];
    // Only the first: a stream that has already reported an error (stdout
    // after EPIPE) reports the next one unhandled, which ends the process.
    const state = stream && stream._writableState;
    if (state && state.errorEmitted) return;
    if (stream && typeof stream.listenerCount === 'function' && stream.listenerCount('error') === 0 &&
        typeof stream.once === 'function') {
      stream.once('error', ignoreError);
    }
  };
}

function wantsColor(target, stream) {
  const mode = target[kColorSetting];
  if (mode !== 'auto') return mode === true;
  // FORCE_COLOR overrides the terminal check either way, as in Node.
  const forced = process.env.FORCE_COLOR;
  if (forced !== undefined) return forced !== '0' && forced !== 'false';
  return Boolean(stream && stream.isTTY && typeof stream.hasColors === 'function' && stream.hasColors());
}

// Options for inspect()/formatWithOptions() when printing to `stream`.
function inspectOptionsFor(target, stream) {
  const colors = wantsColor(target, stream);
  const own = target[kInspectOptions];
  if (own === undefined) return { colors };
  return own.colors === undefined ? { ...own, colors } : own;
}

let formatWithOptions;
function formatArgs(target, stream, args) {
  formatWithOptions ??= require('internal/util/format').formatWithOptions;
  return formatWithOptions(inspectOptionsFor(target, stream), ...args);
}

// Writes one message (already formatted) to stdout or stderr.
function emit(target, which, text) {
  const streamKey = which === kOut ? '_stdout' : '_stderr';
  const stream = target[streamKey];
  const indent = target[kIndent];
  if (indent.length > 0) {
    if (text.includes('\n')) text = text.replace(/\n/g, `\n${indent}`);
    text = indent + text;
  }
  text += '\n';
  if (!target._ignoreErrors) {
    stream.write(text);
    return;
  }
  const onError = which === kOut ? target._stdoutErrorHandler : target._stderrErrorHandler;
  const canListen = typeof stream.listenerCount === 'function' && typeof stream.once === 'function';
  let addedListener = false;
  try {
    if (canListen && stream.listenerCount('error') === 0) {
      stream.once('error', ignoreError);
      addedListener = true;
    }
    stream.write(text, onError);
  } catch (err) {
    // Ignored, unless the stack ran out (that must not be swallowed).
    if (err instanceof RangeError && /call stack/i.test(String(err.message))) throw err;
  } finally {
    if (addedListener && typeof stream.removeListener === 'function') stream.removeListener('error', ignoreError);
  }
}

function print(target, which, args) {
  const stream = which === kOut ? target._stdout : target._stderr;
  emit(target, which, formatArgs(target, stream, args));
}

function twoDigits(n) {
  return n < 10 ? `0${n}` : `${n}`;
}

function threeDigits(n) {
  return n < 10 ? `00${n}` : n < 100 ? `0${n}` : `${n}`;
}

// Durations as console.timeEnd() shows them: "12.345ms", "1.234s",
// "1:02.345 (m:ss.mmm)", "1:02:03.456 (h:mm:ss.mmm)".
function formatTime(ms) {
  if (ms >= 60000) {
    const whole = Math.floor(ms);
    const millis = threeDigits(whole % 1000);
    const totalSeconds = Math.floor(whole / 1000);
    const seconds = twoDigits(totalSeconds % 60);
    const totalMinutes = Math.floor(totalSeconds / 60);
    if (totalMinutes >= 60) {
      const minutes = twoDigits(totalMinutes % 60);
      return `${Math.floor(totalMinutes / 60)}:${minutes}:${seconds}.${millis} (h:mm:ss.mmm)`;
    }
    return `${totalMinutes}:${seconds}.${millis} (m:ss.mmm)`;
  }
  if (ms >= 1000) return `${(ms / 1000).toFixed(3)}s`;
  return `${Number(ms.toFixed(3))}ms`;
}

function elapsedSince(start) {
  const [sec, nsec] = process.hrtime(start);
  return sec * 1000 + nsec / 1e6;
}

// Shared by timeEnd() and timeLog(); false when the label is unknown.
function reportTimer(target, method, label, extra) {
  const started = target._times.get(label);
  if (started === undefined) {
    process.emitWarning(`No such label '${label}' for console.${method}()`);
    return false;
  }
  const shown = formatTime(elapsedSince(started));
  if (extra.length === 0) target.log('%s: %s', label, shown);
  else target.log('%s: %s', label, shown, ...extra);
  return true;
}

const proto = {
  log(...args) {
    print(this, kOut, args);
  },
  info(...args) {
    print(this, kOut, args);
  },
  debug(...args) {
    print(this, kOut, args);
  },
  warn(...args) {
    print(this, kErr, args);
  },
  error(...args) {
    print(this, kErr, args);
  },
  dir(object, options) {
    const { inspect } = require('internal/util/inspect');
    const shown = inspect(object, {
      customInspect: false,
      ...inspectOptionsFor(this, this._stdout),
      ...options,
    });
    emit(this, kOut, shown);
  },
  time(label = 'default') {
    label = `${label}`;
    if (this._times.has(label)) {
      process.emitWarning(`Label '${label}' already exists for console.time()`);
      return;
    }
    this._times.set(label, process.hrtime());
  },
  timeEnd(label = 'default') {
    label = `${label}`;
    if (reportTimer(this, 'timeEnd', label, [])) this._times.delete(label);
  },
  timeLog(label = 'default', ...extra) {
    label = `${label}`;
    reportTimer(this, 'timeLog', label, extra);
  },
  trace: function trace(...parts) {
    const report = { name: 'Trace', message: formatArgs(this, this._stderr, parts) };
    Error.captureStackTrace(report, trace);
    const { formatStack } = require('internal/errors_stack');
    this.error(formatStack(report));
  },
  assert(expression, ...args) {
    if (expression) return;
    if (typeof args[0] === 'string') args[0] = `Assertion failed: ${args[0]}`;
    else args.unshift('Assertion failed');
    this.warn(...args);
  },
  clear() {
    const stream = this._stdout;
    if (!stream || !stream.isTTY || process.env.TERM === 'dumb') return;
    // Cursor to the top left, then erase everything below it.
    stream.write('\u001b[1;1H\u001b[0J');
  },
  count(label = 'default') {
    label = `${label}`;
    const counters = this[kCounters];
    const next = (counters.get(label) || 0) + 1;
    counters.set(label, next);
    this.log(`${label}: ${next}`);
  },
  countReset(label = 'default') {
    label = String(label);
    const counters = this[kCounters];
    if (!counters.has(label)) {
      process.emitWarning(`Count for '${label}' does not exist`);
      return;
    }
    counters.delete(label);
  },
  group(...data) {
    if (data.length > 0) this.log(...data);
    this[kIndent] += ' '.repeat(this[kIndentWidth]);
  },
  groupEnd() {
    const indent = this[kIndent];
    this[kIndent] = indent.slice(0, Math.max(0, indent.length - this[kIndentWidth]));
  },
  table(data, properties) {
    if (properties !== undefined) validators().validateArray(properties, 'properties');
    if (data === null || typeof data !== 'object') return this.log(data);
    const { renderTable } = require('internal/cli_table');
    const text = renderTable(data, properties, this[kInspectOptions]);
    return emit(this, kOut, text);
  },
  dirxml(...data) {
    print(this, kOut, data);
  },
  groupCollapsed(...data) {
    if (data.length > 0) this.log(...data);
    this[kIndent] += ' '.repeat(this[kIndentWidth]);
  },
};

for (const name of kMethodNames) {
  Object.defineProperty(Console.prototype, name, {
    __proto__: null, value: proto[name], writable: true, enumerable: true, configurable: true,
  });
}
for (const name of kMethodNames) {
  Object.defineProperty(Console.prototype[name], 'name', { __proto__: null, value: name });
}

Object.defineProperty(Console, Symbol.hasInstance, {
  __proto__: null,
  value(instance) {
    return instance !== null && typeof instance === 'object' && instance[kConsoleBrand] === true;
  },
});

// Methods only meaningful with the inspector attached; here they do nothing.
const kInspectorOnly = {
  profile() {},
  profileEnd() {},
  timeStamp() {},
  context(name) {
    const scoped = {};
    for (const key of kMethodNames) scoped[key] = this[key];
    return scoped;
  },
  createTask() {
    return { run(fn) { return fn(); } };
  },
};

// The object behind the global `console`. Without arguments its streams
// are process.stdout/process.stderr, looked up at the first write.
function createGlobalConsole(stdout, stderr) {
  const target = { __proto__: {} };
  for (const name of kMethodNames) {
    const bound = Console.prototype[name].bind(target);
    Object.defineProperty(bound, 'name', { __proto__: null, value: name });
    target[name] = bound;
  }
  if (stdout === undefined && stderr === undefined) {
    attachLazyStreams(target);
  } else {
    attachStreams(target, stdout, stderr === undefined ? stdout : stderr);
  }
  hidden(target, '_ignoreErrors', true);
  hidden(target, '_times', new Map());
  target.Console = Console;
  for (const name of Object.keys(kInspectorOnly)) {
    const fn = kInspectorOnly[name].bind(target);
    Object.defineProperty(fn, 'name', { __proto__: null, value: name });
    target[name] = fn;
  }
  hidden(target, kCounters, new Map());
  hidden(target, kColorSetting, 'auto');
  hidden(target, kConsoleBrand, true);
  hidden(target, kIndentWidth, 2);
  hidden(target, kIndent, '');
  hidden(target, kInspectOptions, undefined);
  Object.defineProperty(target, Symbol.toStringTag, {
    __proto__: null, value: 'console', writable: false, enumerable: false, configurable: true,
  });
  return target;
}

module.exports = {
  Console,
  createGlobalConsole,
  formatTime,
};
