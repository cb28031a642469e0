'use strict';
// Which `node:*` modules exist, which of them Jolt has, and loading them for
// user code.

const builtinsBinding = internalBinding('builtins');

// Node 24's public builtin modules (module.builtinModules).
const kNodeBuiltins = [
  '_http_agent', '_http_client', '_http_common', '_http_incoming', '_http_outgoing', '_http_server',
  '_stream_duplex', '_stream_passthrough', '_stream_readable', '_stream_transform', '_stream_wrap',
  '_stream_writable', '_tls_common', '_tls_wrap', 'assert', 'assert/strict', 'async_hooks', 'buffer',
  'child_process', 'cluster', 'console', 'constants', 'crypto', 'dgram', 'diagnostics_channel', 'dns',
  'dns/promises', 'domain', 'events', 'fs', 'fs/promises', 'http', 'http2', 'https', 'inspector',
  'inspector/promises', 'module', 'net', 'os', 'path', 'path/posix', 'path/win32', 'perf_hooks', 'process',
  'punycode', 'querystring', 'readline', 'readline/promises', 'repl', 'stream', 'stream/consumers',
  'stream/promises', 'stream/web', 'string_decoder', 'sys', 'timers', 'timers/promises', 'tls',
  'trace_events', 'tty', 'url', 'util', 'util/types', 'v8', 'vm', 'wasi', 'worker_threads', 'zlib',
];
// Only reachable with the node: scheme.
const kSchemeOnly = ['sea', 'sqlite', 'test', 'test/reporters'];

const publicSet = new Set(kNodeBuiltins);
const schemeOnlySet = new Set(kSchemeOnly);

function isBuiltin(id) {
  if (typeof id !== 'string') return false;
  if (id.startsWith('node:')) {
    const bare = id.slice(5);
    return publicSet.has(bare) || schemeOnlySet.has(bare);
  }
  return publicSet.has(id);
}

function canBeRequiredWithoutScheme(id) {
  return publicSet.has(id);
}

function builtinModules() {
  return kNodeBuiltins.slice();
}

// Module ids that are not plain stdlib files.
const kSpecial = {
  __proto__: null,
  process: () => process,
  sys: () => requireBuiltin('util'),
};

let requireBuiltin;

// require('x') / require('node:x') from user code. `request` is what the
// user wrote, for the error message.
function loadBuiltinForUser(id, request) {
  if (!publicSet.has(id) && !schemeOnlySet.has(id)) {
    const { codes } = requireBuiltin('internal/errors');
    throw new codes.ERR_UNKNOWN_BUILTIN_MODULE(request);
  }
  const special = kSpecial[id];
  if (special !== undefined) return special();
  if (!builtinsBinding.has(id)) {
    const { codes } = requireBuiltin('internal/errors');
    throw new codes.ERR_JOLT_NOT_IMPLEMENTED(`the module node:${id}`);
  }
  return requireBuiltin(id);
}

function setRequireBuiltin(fn) { requireBuiltin = fn; }
setRequireBuiltin(require);

module.exports = {
  isBuiltin, canBeRequiredWithoutScheme, builtinModules, loadBuiltinForUser, requireBuiltin: require,
};
