'use strict';
// The built-in reporters (spec, tap, dot) as formatters: each turns one
// event into text. node:test/reporters wraps them as async generators; the
// runner feeds them events as they come and writes the text to each
// --test-reporter-destination.

const { inspect } = require('internal/util/inspect');
const { codes } = require('internal/errors');
const { realTimers } = require('internal/test_runner/utils');

const kPass = '\u2714';
const kFail = '\u2716';
const kSkip = '\ufe63';
const kTodoFail = '\u26a0';
const kSuiteStart = '\u25b6';
const kInfo = '\u2139';

// ANSI colors, used when the destination is a terminal.
const kGreen = '\x1b[32m';
const kRed = '\x1b[31m';
const kYellow = '\x1b[33m';
const kBlue = '\x1b[34m';
const kGray = '\x1b[90m';
const kReset = '\x1b[39m';

function durationText(data, colors) {
  const ms = data.details?.duration_ms;
  if (ms === undefined) return '';
  return colors ? ` ${kGray}(${ms}ms)${kReset}` : ` (${ms}ms)`;
}

// "# reason" after a skipped or todo test in spec and dot output.
function specDirective(data) {
  if (data.skip !== undefined) return ` # ${typeof data.skip === 'string' ? data.skip : 'SKIP'}`;
  if (data.todo !== undefined) return ` # ${typeof data.todo === 'string' ? data.todo : 'TODO'}`;
  return '';
}

function resultLine(type, data, colors) {
  let symbol = kPass;
  let color = kGreen;
  if (data.skip !== undefined) {
    symbol = kSkip;
    color = kGray;
  } else if (type === 'test:fail') {
    symbol = data.todo !== undefined ? kTodoFail : kFail;
    color = data.todo !== undefined ? kYellow : kRed;
  }
  const text = `${symbol} ${data.name}${durationText(data, colors)}${specDirective(data)}`;
  return colors ? `${color}${text}${kReset}` : text;
}

function indentLines(text, prefix) {
  return text.split('\n').map((line) => prefix + line).join('\n');
}

// The error under a failed test in spec and dot output: the value the test
// threw (inspected), or the runner's own message.
function errorText(error, colors) {
  if (error === undefined) return '';
  const shown = error.code === 'ERR_TEST_FAILURE' && error.cause !== undefined ? error.cause : error;
  return indentLines(inspect(shown, { colors }), '  ');
}

function relativeLocation(data) {
  if (data.file === undefined) return undefined;
  const path = require('path');
  return `${path.relative(process.cwd(), data.file)}:${data.line}:${data.column}`;
}

class SpecFormatter {
  #stack = [];
  #failures = [];

  constructor({ colors = false } = {}) { this.colors = colors; }

  event(type, data) {
    switch (type) {
      case 'test:start':
        this.#stack.push({ data, printed: false });
        return '';
      case 'test:pass':
      case 'test:fail': {
        let out = '';
        const i = this.#stack.findLastIndex((e) => e.data.nesting === data.nesting && e.data.name === data.name);
        const end = i === -1 ? this.#stack.length : i;
        for (let k = 0; k < end; k++) {
          const entry = this.#stack[k];
          if (entry.printed || entry.data.nesting >= data.nesting) continue;
          entry.printed = true;
          out += `${'  '.repeat(entry.data.nesting)}${kSuiteStart} ${entry.data.name}\n`;
        }
        if (i !== -1) this.#stack.splice(i, 1);
        const line = resultLine(type, data, this.colors);
        const error = data.details?.error;
        if (type === 'test:fail' && error?.failureType !== 'subtestsFailed') {
          const loc = relativeLocation(data);
          this.#failures.push(`${loc === undefined ? '' : `test at ${loc}\n`}${line}\n${errorText(error, this.colors)}\n`);
        }
        return `${out}${'  '.repeat(data.nesting)}${line}\n`;
      }
      case 'test:diagnostic': {
        const text = `${kInfo} ${data.message}`;
        return `${'  '.repeat(data.nesting)}${this.colors ? `${kBlue}${text}${kReset}` : text}\n`;
      }
      case 'test:stdout':
      case 'test:stderr':
        return data.message;
      default:
        return '';
    }
  }

  end() {
    if (this.#failures.length === 0) return '';
    const title = `${kFail} failing tests:`;
    return `\n${this.colors ? `${kRed}${title}${kReset}` : title}\n\n${this.#failures.join('\n')}`;
  }
}

class DotFormatter {
  #failures = [];
  #column = 0;

  constructor({ colors = false } = {}) { this.colors = colors; }

  event(type, data) {
    if (type !== 'test:pass' && type !== 'test:fail') return '';
    if (type === 'test:fail') {
      this.#failures.push(`${resultLine(type, data, this.colors)}\n${errorText(data.details.error, this.colors)}\n`);
    }
    let mark = type === 'test:pass' ? '.' : 'X';
    if (this.colors) mark = `${type === 'test:pass' ? kGreen : kRed}${mark}\x1b[0m`;
    // Twenty marks a line.
    if (++this.#column === 20) {
      this.#column = 0;
      return `${mark}\n`;
    }
    return mark;
  }

  end() {
    let out = '\n';
    if (this.#failures.length > 0) {
      const title = this.colors ? `${kRed}Failed tests:${kReset}` : 'Failed tests:';
      out += `\n${title}\n\n${this.#failures.join('')}`;
    }
    return out;
  }
}

// -- TAP version 13 ------------------------------------------------------------

function tapName(name) {
  return `${name}`.replace(/\\/g, '\\\\').replace(/#/g, '\\#').replace(/\n/g, '\\n');
}

function tapDirective(data) {
  if (data.skip !== undefined) return ` # SKIP${typeof data.skip === 'string' && data.skip ? ` ${data.skip}` : ''}`;
  if (data.todo !== undefined) return ` # TODO${typeof data.todo === 'string' && data.todo ? ` ${data.todo}` : ''}`;
  return '';
}

function yamlValue(value, indent) {
  if (value === undefined || value === null) return '~';
  if (typeof value === 'number' || typeof value === 'boolean') return `${value}`;
  if (typeof value !== 'string') value = inspect(value);
  if (value.includes('\n')) return `|-\n${indentLines(value, `${indent}  `)}`;
  return inspect(value);
}

function stackFrames(stack) {
  if (typeof stack !== 'string') return [];
  return stack.split('\n').filter((l) => /^\s+at /.test(l)).map((l) => l.replace(/^\s+at /, ''));
}

function tapErrorLines(data, indent) {
  const error = data.details.error;
  const lines = [];
  const add = (key, value) => lines.push(`${indent}${key}: ${yamlValue(value, indent)}`);
  if (data.file !== undefined) add('location', `${data.file}:${data.line}:${data.column}`);
  add('failureType', error.failureType);
  const cause = error.cause;
  if (cause instanceof Error) {
    add('error', cause.message);
    // An abort reason is reported as it is, without the runner's code.
    if (cause.code !== undefined || error.failureType !== 'testAborted') add('code', cause.code ?? 'ERR_TEST_FAILURE');
    if (cause.name !== 'Error') add('name', cause.name);
    for (const key of ['expected', 'actual', 'operator']) {
      if (Object.hasOwn(cause, key)) add(key, cause[key]);
    }
    const frames = stackFrames(cause.stack);
    if (frames.length > 0) lines.push(`${indent}stack: |-\n${indentLines(frames.join('\n'), `${indent}  `)}`);
  } else {
    if (error.exitCode !== undefined) {
      add('exitCode', error.exitCode);
      add('signal', error.signal);
    }
    add('error', error.message);
    add('code', error.code);
  }
  return lines;
}

class TapFormatter {
  start() { return 'TAP version 13\n'; }

  event(type, data) {
    const indent = '    '.repeat(Math.max(data.nesting ?? 0, 0));
    switch (type) {
      case 'test:start':
        return `${indent}# Subtest: ${tapName(data.name)}\n`;
      case 'test:pass':
      case 'test:fail': {
        const ok = type === 'test:pass' ? 'ok' : 'not ok';
        const lines = [`${indent}${ok} ${data.testNumber} - ${tapName(data.name)}${tapDirective(data)}`, `${indent}  ---`];
        if (data.details.duration_ms !== undefined) lines.push(`${indent}  duration_ms: ${data.details.duration_ms}`);
        lines.push(`${indent}  type: '${data.details.type}'`);
        if (type === 'test:fail') lines.push(...tapErrorLines(data, `${indent}  `));
        lines.push(`${indent}  ...`);
        return `${lines.join('\n')}\n`;
      }
      case 'test:plan':
        return `${indent}1..${data.count}\n`;
      case 'test:diagnostic':
        return `${indent}# ${`${data.message}`.replace(/\n/g, `\n${indent}# `)}\n`;
      case 'test:stdout':
      case 'test:stderr':
        // Each non-blank line of the child's output as a comment.
        return `${data.message}`.split('\n').filter((l) => l.trim() !== '').map((l) => `# ${l}\n`).join('');
      default:
        return '';
    }
  }
}

const kFormatters = { __proto__: null, spec: SpecFormatter, tap: TapFormatter, dot: DotFormatter };

// An async generator over `source` (async iterable of {type, data}).
function makeGeneratorReporter(Formatter) {
  return async function* reporter(source) {
    const f = new Formatter();
    if (f.start) yield f.start();
    for await (const { type, data } of source) {
      const text = f.event(type, data);
      if (text) yield text;
    }
    const tail = f.end?.();
    if (tail) yield tail;
  };
}

// -- destinations ----------------------------------------------------------------

// { write, colors } for a --test-reporter-destination.
function openDestination(dest) {
  if (dest === 'stdout' || dest === 'stderr') {
    const stream = process[dest];
    const colors = typeof stream.hasColors === 'function' && stream.isTTY === true && stream.hasColors();
    return { write: (text) => stream.write(text), colors };
  }
  const path = require('path');
  const fd = require('fs').openSync(path.resolve(dest), 'w');
  const stdio = internalBinding('stdio');
  return { write: (text) => stdio.writeSync(fd, text), colors: false };
}

// Feeds the events of `stream` to each reporter given on the command line
// (default: spec to stdout), writing as events come.
function attachReporters(stream, { reporters = [], destinations = [] } = {}) {
  reporters = reporters.slice();
  destinations = destinations.slice();
  if (reporters.length === 0 && destinations.length === 0) reporters.push('spec');
  if (destinations.length === 0 && reporters.length === 1) destinations.push('stdout');
  if (reporters.length !== destinations.length) {
    throw new codes.ERR_INVALID_ARG_VALUE('--test-reporter', reporters,
      "must match the number of specified '--test-reporter-destination'");
  }
  for (let i = 0; i < reporters.length; i++) {
    const { write, colors } = openDestination(destinations[i]);
    const Formatter = kFormatters[reporters[i]];
    if (Formatter === undefined) {
      attachCustomReporter(stream, reporters[i], write);
      continue;
    }
    const f = new Formatter({ colors });
    // As through node's reporter streams, the first reports reach the
    // destination a turn of the loop later (what the first tests print
    // comes before their results), later ones once the current job is done.
    let pending = f.start ? f.start() : '';
    let scheduled = false;
    let flushedOnce = false;
    const flush = () => {
      scheduled = false;
      flushedOnce = true;
      if (pending === '') return;
      const text = pending;
      pending = '';
      write(text);
    };
    stream.on('data', ({ type, data }) => {
      pending += f.event(type, data);
      if (!scheduled && pending !== '') {
        scheduled = true;
        if (flushedOnce) queueMicrotask(flush);
        else realTimers.setImmediate(flush);
      }
    });
    stream.on('end', () => {
      pending += f.end?.() ?? '';
      flush();
    });
    process.on('exit', flush);
  }
}

// --test-reporter=./file.js: a module exporting an async generator function
// over the events (or an object with such a `default`).
function attachCustomReporter(stream, specifier, write) {
  const { Module } = require('internal/modules/cjs/loader');
  const path = require('path');
  const request = specifier.startsWith('.') || path.isAbsolute(specifier) ? path.resolve(specifier) : specifier;
  const parent = new Module(path.join(process.cwd(), '[test-reporter]'));
  parent.paths = Module._nodeModulePaths(process.cwd());
  let fn = Module._load(request, parent, false);
  if (typeof fn !== 'function' && typeof fn?.default === 'function') fn = fn.default;
  if (typeof fn !== 'function') {
    throw new codes.ERR_INVALID_ARG_TYPE('reporter', 'function', fn);
  }
  (async () => {
    for await (const text of fn(stream)) write(`${text}`);
  })();
}

module.exports = { kFormatters, makeGeneratorReporter, attachReporters };
