'use strict';
// process.emitWarning and the default 'warning' printer.

const pm = internalBinding('process_methods');
let listenerInstalled = false;

function emitWarning(warning, type, code, ctor) {
  let detail;
  if (type !== null && typeof type === 'object' && !Array.isArray(type)) {
    ctor = type.ctor;
    code = type.code;
    if (typeof type.detail === 'string') detail = type.detail;
    type = type.type || 'Warning';
  } else if (typeof type === 'function') {
    ctor = type;
    code = undefined;
    type = 'Warning';
  }
  if (type !== undefined && typeof type !== 'string') {
    const { codes } = require('internal/errors');
    throw new codes.ERR_INVALID_ARG_TYPE('type', 'string', type);
  }
  if (typeof code === 'function') {
    ctor = code;
    code = undefined;
  } else if (code !== undefined && typeof code !== 'string') {
    const { codes } = require('internal/errors');
    throw new codes.ERR_INVALID_ARG_TYPE('code', 'string', code);
  }
  if (typeof warning === 'string') {
    warning = createWarning(warning, type || 'Warning', code, ctor || emitWarning, detail);
  } else if (!(warning instanceof Error)) {
    const { codes } = require('internal/errors');
    throw new codes.ERR_INVALID_ARG_TYPE('warning', ['Error', 'string'], warning);
  }
  if (warning.name === 'DeprecationWarning') {
    if (process.noDeprecation) return;
    if (process.throwDeprecation) {
      // Thrown a tick later, where the warning would have been emitted (the
      // caller of emitWarning() does not see it).
      process.nextTick(() => {
        throw warning;
      });
      return;
    }
  }
  installDefaultListener();
  process.nextTick(() => process.emit('warning', warning));
}

// A warning delivered at once, not on the next tick: for one that comes
// right before an error that may end the process.
function emitWarningSync(message) {
  installDefaultListener();
  process.emit('warning', createWarning(message, 'Warning', undefined, emitWarningSync));
}

function createWarning(message, type, code, ctor, detail) {
  const warning = new Error(message);
  warning.name = String(type);
  if (code !== undefined) warning.code = code;
  if (detail !== undefined) warning.detail = detail;
  if (Error.captureStackTrace) Error.captureStackTrace(warning, ctor);
  return warning;
}

// Installed on the first warning, but ahead of the program's listeners, as
// if it had been there from the start (node's is): the warning is printed
// before they run.
function installDefaultListener() {
  if (listenerInstalled) return;
  listenerInstalled = true;
  process.prependListener('warning', onWarning);
}

function onWarning(warning) {
  if (pm.options.noWarnings) return;
  if (!(warning instanceof Error)) return;
  const isDeprecation = warning.name === 'DeprecationWarning';
  if (isDeprecation && process.noDeprecation) return;
  const trace = pm.options.traceWarnings || (isDeprecation && process.traceDeprecation);
  let msg = `(node:${process.pid}) `;
  if (warning.code) msg += `[${warning.code}] `;
  if (trace && warning.stack) {
    const { formatStack } = require('internal/errors_stack');
    msg += formatStack(warning);
  } else {
    msg += `${warning.name}: ${warning.message}`;
  }
  if (typeof warning.detail === 'string') msg += `\n${warning.detail}`;
  if (!trace && !shownTraceHint) {
    shownTraceHint = true;
    // Named after the program as invoked, as node does (`node`, or `jolt`).
    const argv0 = process.argv0 || 'jolt';
    const program = argv0.slice(argv0.lastIndexOf('/') + 1);
    const flag = isDeprecation ? '--trace-deprecation' : '--trace-warnings';
    msg += `\n(Use \`${program} ${flag} ...\` to show where the warning was created)`;
  }
  try {
    process.stderr.write(`${msg}\n`);
  } catch {
    // stderr is closed
  }
}
let shownTraceHint = false;

module.exports = { emitWarning, emitWarningSync, createWarning };
