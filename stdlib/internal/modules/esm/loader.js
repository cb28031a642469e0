'use strict';
// ES modules: resolution as node does it for `import`, module records,
// linking and evaluation. The source transform (internalBinding('esm'),
// runtime/esm/transform.h) turns each module into a script whose body is a
// generator: calling it instantiates the module's scope, the first next()
// hands over one getter per exported local binding, and the second runs
// the module. So a whole graph is loaded and linked (every imported name
// checked) before any of its modules runs, and hoisted functions are
// usable across cycles.
//
// Phases: loadGraph (read, transform, resolve every request, depth-first;
// notes cycles), linkGraph (check every import, then compile each module
// in the form its imports need, see needsLiveImports, and connect the
// imports), evaluate (post-order, async modules awaited, siblings of an
// async module not held up). Imports in the fast form are plain variables
// that a module's exporters set as soon as they have run (updateImporters).

const esmBinding = internalBinding('esm');
const fsb = internalBinding('fs');
// Loaded on first need (start-up of a module that throws nothing).
let errorCodesModule;
function errorCodes() {
  if (errorCodesModule === undefined) errorCodesModule = require('internal/errors').codes;
  return errorCodesModule;
}
// Resolution, loaded once a module imports something.
let resolveModule;
function resolver() {
  if (resolveModule === undefined) resolveModule = require('internal/modules/esm/resolve');
  return resolveModule;
}
// The entry points other than the main module and import() (./entries).
let entriesModule;
function entries() {
  if (entriesModule === undefined) entriesModule = require('internal/modules/esm/entries');
  return entriesModule;
}

const { fileUrlOf, plainMain } = require('internal/modules/esm/main');

function dirOf(path) {
  const slash = path.lastIndexOf('/');
  return slash <= 0 ? '/' : path.slice(0, slash);
}

let interopModule;
function interop() {
  if (interopModule === undefined) interopModule = require('internal/modules/esm/commonjs');
  return interopModule;
}

// Module states, in order.
const NEW = 0;
const LINKING = 1;
const LINKED = 2;
const EVALUATING = 3;
const EVALUATED = 4;
const ERRORED = 5;

// url (plus the JSON attribute) -> record.
const registry = new Map();

function ModuleRecord(url, filename, format) {
  this.url = url;
  this.filename = filename;
  this.format = format;  // 'module' | 'commonjs' | 'json' | 'builtin'
  this.state = NEW;
  this.requests = [];     // [{ specifier, type, other, record }]
  this.info = null;       // the transform's result ('module')
  this.getters = null;    // export name -> getter of a local binding ('module')
  this.reassigned = null; // export names whose local binding is reassigned
  this.generator = null;
  this.live = false;      // imports read through a `with` scope (see runtime/esm/transform.h)
  this.setters = null;    // import index -> setter of its var (not live)
  this.importers = [];    // [setter, binding] of the modules to update once this one has run
  this.enter = 0;         // order of the depth-first load: entered ...
  this.exit = 0;          // ... and left (ancestors enclose their descendants)
  this.cyclic = false;    // part of an import cycle
  this.values = null;     // export name -> value (other formats, after evaluation)
  this.exportNames = null;
  this.namespace = null;
  this.error = undefined;
  this.async = false;
  this.builtin = undefined;  // the module's exports ('builtin')
  this.ready = null;  // see instantiateModule
  this.isMain = false;
  this.done = false;  // its code has run to completion
  this.started = false;  // its code has begun to run
  this.completion = null;  // see completionOf
  this.asyncParents = [];  // importers waiting for this module's async evaluation
  this.waiting = 0;  // async dependencies this module still waits for
  this.asyncOrder = 0;  // when it was found to be async (the order ready ones run in)
  this.requireNamespace = undefined;  // see requiredNamespaceOf
  this.namespaceWatchers = [];  // records whose namespace waits for this one to run (watchNamespace)
  this.namespaceWaits = 0;  // how many modules this one's namespace waits for
  this.source = undefined;  // the text of a module that has no file (-e)
}

// ---- loading a graph -------------------------------------------------------

function recordFor(url, filename, format) {
  let record = registry.get(url);
  if (record === undefined) {
    record = new ModuleRecord(url, filename, format);
    registry.set(url, record);
  }
  return record;
}

function readSource(filename) {
  const text = fsb.readFileUtf8(filename);
  return text.charCodeAt(0) === 0xFEFF ? text.slice(1) : text;
}

// A module's text: its file's, or what its data: URL holds.
function sourceOf(record) {
  if (record.source !== undefined) return record.source;
  if (record.filename !== null) return readSource(record.filename);
  const url = record.url;
  const comma = url.indexOf(',');
  const payload = url.slice(comma + 1);
  if (/;base64$/i.test(url.slice(0, comma))) {
    const { Buffer } = require('buffer');
    return Buffer.from(payload, 'base64').toString('utf8');
  }
  return decodeURIComponent(payload);
}

// The format a data: URL's MIME type names.
function dataUrlFormat(url) {
  const mime = /^data:([^,;]*)/.exec(url)[1];
  if (mime === 'text/javascript') return 'module';
  if (mime === 'application/json') return 'json';
  throw new (errorCodes().ERR_UNKNOWN_MODULE_FORMAT)(mime, url);
}

// Reads an ES module: the transform and the requests. Compiling waits
// until the graph is known (instantiateModule).
function parseModule(record, source) {
  const info = esmBinding.transform(source);
  if (info.error !== undefined) entries().throwEarlyError(info, source, record.url);
  record.info = info;
  record.async = info.tla;
  const reassigned = new Set();
  const { exports, requests } = info;
  for (let i = 0; i < exports.length; i += 3) if (exports[i + 2]) reassigned.add(exports[i]);
  record.reassigned = reassigned;
  for (let i = 0; i < requests.length; i += 3) {
    record.requests.push({ specifier: requests[i], type: requests[i + 1], other: requests[i + 2], record: null });
  }
}

// Compiles a parsed module in the form its imports need and instantiates
// its scope: hoisted functions exist, the exports are registered.
function instantiateModule(record) {
  const { info } = record;
  const importLocals = [];
  const exportLocals = [];
  for (let i = 0; i < info.imports.length; i += 3) importLocals.push(info.imports[i + 2]);
  for (let i = 0; i < info.exports.length; i += 3) exportLocals.push(info.exports[i + 1]);
  record.live = importLocals.length !== 0 && needsLiveImports(record);
  const { tla } = info;
  // Calls of eval and Function are rewritten for import() (see ./entries).
  const text = info.codeCalls ? info.body + entries().codeTail(JSON.stringify(record.url)) : info.body;
  if (info.columnShifts !== undefined) require('internal/errors_stack').noteColumnShifts(record.url, info.columnShifts);
  const code = esmBinding.script(text, record.live, tla, importLocals, exportLocals);
  info.body = undefined;
  let outer;
  try {
    outer = esmBinding.compile(code, record.url);
  } catch (err) {
    // The report must point into the file: the error's column is found by
    // compiling parts of the body in the same script shape (with the calls
    // of eval and Function as written, which keeps the columns).
    const contextify = internalBinding('contextify');
    const plain = info.codeCalls ? esmBinding.transform(sourceOf(record), true, false).body : text;
    require('internal/modules/syntax_position').placeSyntaxError(err, record.url, plain, (cut) =>
      contextify.checkScript(esmBinding.script(cut, record.live, tla, importLocals, exportLocals), record.url, 0));
    // Every later import of the module fails with the same error.
    record.state = ERRORED;
    record.error = err;
    throw err;
  }
  const scope = { __proto__: null };
  record.scope = scope;
  const meta = makeImportMeta(record);
  const body = outer(makeDynamicImport(record.url), meta, (link) => {
    const [getterList, setterList] = link();
    const getters = new Map();
    for (let i = 0; i < getterList.length; i++) getters.set(info.exports[3 * i], getterList[i]);
    record.getters = getters;
    record.setters = setterList;
  }, scope);
  const generator = body();
  // An async generator's first next() registers the exports synchronously
  // but reaches its `yield` only some microtasks later, and a second next()
  // before that would wait for them too: evaluation waits for `ready` so
  // that the module then starts synchronously, in the spec's order.
  const first = generator.next();
  if (info.tla) record.ready = first.then(() => { record.ready = null; });
  record.generator = generator;
  if (info.anonymousDefault) {
    const fn = record.getters.get('default')();
    Object.defineProperty(fn, 'name', { __proto__: null, value: 'default', configurable: true });
  } else if (info.anonymousDefaultClass) {
    // The class exists once its declaration ran: named on the first read
    // (then by nameDefault once the module ran).
    const read = record.getters.get('default');
    record.getters.set('default', () => {
      const value = read();
      nameAsDefault(value);
      return value;
    });
  }
}

// Whether the module must read its imports live: some imported binding is
// reassigned by its module after it ran, or belongs to a module that may
// not have run when this one does (an ancestor in the load order: a cycle;
// or one still running).
function needsLiveImports(record) {
  // Assigning to an import must throw (the live form's getters do).
  if (record.cyclic || record.info.importAssigned) return true;
  const { imports } = record.info;
  for (let i = 0; i < imports.length; i += 3) {
    if (imports[i + 1] === '*') continue;
    const binding = resolveExport(record.requests[imports[i]].record, imports[i + 1]);
    if (binding === null || binding === 'ambiguous' || binding.namespace) continue;
    const { owner } = binding;
    if (owner.format !== 'module') continue;
    if (owner.reassigned.has(binding.name)) return true;
    if (owner.state === EVALUATING) return true;
    if (owner.state < EVALUATING && owner.enter <= record.enter && owner.exit >= record.exit) return true;
  }
  return false;
}

function makeImportMeta(record) {
  const meta = { __proto__: null };
  if (record.filename !== null) {
    meta.dirname = dirOf(record.filename);
    meta.filename = record.filename;
  }
  if (record.isMain) meta.main = true;
  else if (record.filename !== null) meta.main = false;
  meta.resolve = function resolve(specifier) {
    const { resolveFile, kEsmConditions } = resolver();
    return resolveFile(`${specifier}`, record.url, kEsmConditions, true);
  };
  meta.url = record.url;
  return meta;
}

// The graph under `record`, loaded (sources read, compiled, requests
// resolved) depth-first.
let clock = 0;
const loadStack = [];
function loadGraph(record) {
  if (record.state !== NEW) {
    // A cycle: its modules can be entered (their functions called) before
    // their own imports have run, so they read imports live.
    const at = loadStack.indexOf(record);
    if (at !== -1) for (let i = at; i < loadStack.length; i++) loadStack[i].cyclic = true;
    return;
  }
  record.state = LINKING;
  record.enter = ++clock;
  loadStack.push(record);
  try {
    switch (record.format) {
      case 'module':
        parseModule(record, sourceOf(record));
        break;
      case 'commonjs':
        record.exportNames = interop().commonJsExportNames(record.filename);
        break;
      case 'json':
        record.exportNames = ['default'];
        break;
      case 'builtin':
        loadBuiltinRecord(record);
        break;
      default:
        break;
    }
    for (const request of record.requests) {
      request.record = moduleFor(request.specifier, record.url, request);
      loadGraph(request.record);
    }
    record.exit = ++clock;
  } catch (err) {
    record.state = NEW;
    registry.delete(record.url);
    throw err;
  } finally {
    loadStack.pop();
  }
}

// The record `specifier` (imported by parentUrl) names, checked against
// the import attributes.
// Resolutions made, by importer and specifier: importing the same
// specifier again from the same module gives the same module, as in node,
// even once its file is gone.
const resolutions = new Map();
function moduleFor(specifier, parentUrl, attributes) {
  const key = `${parentUrl}\x00${specifier}`;
  let url = resolutions.get(key);
  if (url === undefined) {
    url = resolveSpecifier(specifier, parentUrl);
    resolutions.set(key, url);
  }
  // An unknown attribute fails before the module's format is looked at.
  if (attributes !== undefined && attributes.other !== undefined) {
    throw new (errorCodes().ERR_IMPORT_ATTRIBUTE_UNSUPPORTED)(attributes.other, attributes.otherValue ?? 'json', url);
  }
  let record = registry.get(url);
  if (record === undefined) {
    if (url.startsWith('node:')) {
      record = recordFor(url, null, 'builtin');
    } else if (url.startsWith('data:')) {
      record = recordFor(url, null, dataUrlFormat(url));
    } else {
      const filename = resolver().pathOfFileUrl(url);
      record = recordFor(url, filename, resolver().formatOf(filename, url));
    }
  }
  checkAttributes(record, attributes);
  return record;
}

function checkAttributes(record, attributes) {
  const type = attributes === undefined ? undefined : attributes.type;
  if (type !== undefined && type !== 'json') {
    throw new (errorCodes().ERR_IMPORT_ATTRIBUTE_UNSUPPORTED)('type', type, record.url);
  }
  if (record.format === 'json' && type !== 'json') {
    throw new (errorCodes().ERR_IMPORT_ATTRIBUTE_MISSING)(record.url, 'type', 'json');
  }
  if (record.format !== 'json' && type === 'json') {
    throw new (errorCodes().ERR_IMPORT_ATTRIBUTE_TYPE_INCOMPATIBLE)(record.url, 'json');
  }
}

function resolveSpecifier(specifier, parentUrl) {
  const { resolveFile, kEsmConditions } = resolver();
  return resolveFile(specifier, parentUrl, kEsmConditions);
}

function loadBuiltinRecord(record) {
  const { loadBuiltinForUser } = require('internal/modules/builtins');
  const id = record.url.slice(5);
  const value = loadBuiltinForUser(id, record.url);
  // Named exports are the module's own keys, read when used (some of
  // Jolt's throw while they are not implemented).
  record.builtin = value;
  record.values = new Map();
  record.exportNames = ['default'];
  if (value !== null && (typeof value === 'object' || typeof value === 'function')) {
    for (const key of Object.keys(value)) if (key !== 'default') record.exportNames.push(key);
  }
  record.state = EVALUATED;
  record.done = true;
}

// ---- linking ---------------------------------------------------------------

// What export `name` of `record` is: { owner, name } (the binding `name`
// exported by `owner` from its own scope or values), { namespace: record }
// (`export * as`), null when there is none, or 'ambiguous' (two star
// exports provide it).
function resolveExport(record, name, seen = new Set()) {
  const key = `${record.url}\x00${name}`;
  if (seen.has(key)) return null;  // a cycle of re-exports
  seen.add(key);
  if (record.format !== 'module') {
    return record.exportNames.includes(name) ? { owner: record, name, namespace: null } : null;
  }
  const { exports, reexports, stars } = record.info;
  for (let i = 0; i < exports.length; i += 3) {
    if (exports[i] === name) return { owner: record, name, namespace: null };
  }
  for (let i = 0; i < reexports.length; i += 3) {
    if (reexports[i + 2] !== name) continue;
    const target = record.requests[reexports[i]].record;
    if (reexports[i + 1] === '*') return { owner: null, name: null, namespace: target };
    return resolveExport(target, reexports[i + 1], seen);
  }
  if (name === 'default') return null;
  let found = null;
  for (const index of stars) {
    const binding = resolveExport(record.requests[index].record, name, seen);
    if (binding === 'ambiguous') return binding;
    if (binding === null) continue;
    if (found === null) found = binding;
    else if (found.owner !== binding.owner || found.name !== binding.name || found.namespace !== binding.namespace) {
      return 'ambiguous';
    }
  }
  return found;
}

// The current value of a binding (throws the TDZ ReferenceError when an
// ES module's binding is not initialised yet).
function bindingValue(binding) {
  if (binding.namespace !== null) return namespaceOf(binding.namespace);
  const { owner, name } = binding;
  if (owner.format === 'module') return owner.getters.get(name)();
  return valueOf(owner, name);
}

// bindingValue for a read by module code of the binding it names `name`:
// not initialised yet, node's ReferenceError naming it (JSC's says "Cannot
// access uninitialized variable."), thrown from the reading code (the
// loader is left out of its stack).
function initializedValue(binding, name) {
  try {
    return bindingValue(binding);
  } catch (err) {
    if (!(err instanceof ReferenceError) || err.message !== 'Cannot access uninitialized variable.') throw err;
    const tdz = new ReferenceError(`Cannot access '${name}' before initialization`);
    Error.captureStackTrace(tdz, initializedValue);
    throw tdz;
  }
}

function valueOf(record, name) {
  if (record.format === 'builtin') return name === 'default' ? record.builtin : record.builtin[name];
  if (record.values === null) {
    throw new ReferenceError(`Cannot access '${name}' before initialization`);
  }
  return record.values.get(name);
}

function exportNamesOf(record, seen = new Set()) {
  if (record.format !== 'module') return record.exportNames;
  if (seen.has(record)) return [];
  seen.add(record);
  const names = [];
  const { exports, reexports, stars } = record.info;
  for (let i = 0; i < exports.length; i += 3) names.push(exports[i]);
  for (let i = 0; i < reexports.length; i += 3) names.push(reexports[i + 2]);
  for (const index of stars) {
    for (const name of exportNamesOf(record.requests[index].record, seen)) {
      if (name !== 'default' && !names.includes(name)) names.push(name);
    }
  }
  return names;
}

// The modules of the graph under `record`, dependencies first.
function graphOf(record, out = [], seen = new Set()) {
  if (seen.has(record)) return out;
  seen.add(record);
  for (const request of record.requests) graphOf(request.record, out, seen);
  out.push(record);
  return out;
}

// Checks every import of the graph (before anything is compiled or run),
// then instantiates its new modules and connects their imports.
function linkGraph(record) {
  const modules = graphOf(record);
  for (const m of modules) {
    if (m.format === 'module' && m.state === LINKING) checkImports(m);
  }
  for (const m of modules) {
    if (m.format === 'module' && m.state === LINKING && m.generator === null) instantiateModule(m);
  }
  for (const m of modules) {
    if (m.format !== 'module' || m.state !== LINKING) continue;
    connectImports(m);
    m.state = LINKED;
  }
}

function checkImports(record) {
  const { imports, importOffsets, reexports, reexportOffsets } = record.info;
  for (let i = 0; i < imports.length; i += 3) {
    if (imports[i + 1] !== '*') checkImport(record, imports[i], imports[i + 1], importOffsets[i / 3], false);
  }
  // `export { name } from`: the name must be there too.
  for (let i = 0; i < reexports.length; i += 3) {
    if (reexports[i + 1] !== '*') checkImport(record, reexports[i], reexports[i + 1], reexportOffsets[i / 3], true);
  }
}

// Throws node's SyntaxError when request `index` of `record` has no
// export `name` (or more than one through `export *`); `reexport`: an
// `export { name [as other] } from`, whose caret covers the specifier.
function checkImport(record, index, name, offset, reexport) {
  const request = record.requests[index];
  const binding = resolveExport(request.record, name);
  if (binding !== null && binding !== 'ambiguous') return;
  const what = binding === null ? 'does not provide an export named' : 'contains conflicting star exports for name';
  const err = new SyntaxError(request.record.format === 'commonjs' ? interop().commonJsNameMessage(record, index, name, offset)
    : `The requested module '${request.specifier}' ${what} '${name}'`);
  interop().markImportPosition(err, record, offset, reexport);
  throw err;
}

// Live: getters on the `with` scope. Otherwise each import's var is set
// now when its module has run, else by that module once it has.
function connectImports(record) {
  const { imports } = record.info;
  for (let i = 0; i < imports.length; i += 3) {
    const target = record.requests[imports[i]].record;
    const binding = imports[i + 1] === '*' ? { owner: null, name: null, namespace: target }
      : resolveExport(target, imports[i + 1]);
    if (record.live) {
      const local = imports[i + 2];
      Object.defineProperty(record.scope, local, { __proto__: null, get: () => initializedValue(binding, local) });
      continue;
    }
    const setter = record.setters[i / 3];
    if (binding.namespace !== null || binding.owner.done) {
      setter(bindingValue(binding));
      if (binding.namespace === null && binding.owner.format === 'builtin') noteBuiltinImport(setter, binding);
      continue;
    }
    try {
      setter(bindingValue(binding));  // a hoisted function is there already
    } catch {
      // Not initialised yet: set once its module has run.
    }
    binding.owner.importers.push(setter, binding);
  }
}

// Imports of builtins' named exports keep the value they had when linked,
// as node's do, until module.syncBuiltinESMExports(): [setter, binding].
const builtinImports = [];
function noteBuiltinImport(setter, binding) {
  builtinImports.push(setter, binding);
}

function syncBuiltinExports() {
  for (let i = 0; i < builtinImports.length; i += 2) builtinImports[i](bindingValue(builtinImports[i + 1]));
  for (const record of registry.values()) {
    if (record.format === 'builtin' && record.namespace !== null) namespaces().refreshNamespace(record.namespace);
  }
}

// After `record` ran: the imports of modules waiting for its bindings.
function updateImporters(record) {
  if (record.format === 'module') nameDefault(record);
  const list = record.importers;
  record.importers = [];
  for (let i = 0; i < list.length; i += 2) list[i](bindingValue(list[i + 1]));
}

// `export default <anonymous function or class>` is named 'default' (the
// transform bound it to a local of another name).
function nameDefault(record) {
  const { exports } = record.info;
  for (let i = 0; i < exports.length; i += 3) {
    if (exports[i] !== 'default' || exports[i + 1] !== '$jd$') continue;
    nameAsDefault(record.getters.get('default')());
    return;
  }
}

function nameAsDefault(value) {
  if (typeof value !== 'function') return;
  const desc = Object.getOwnPropertyDescriptor(value, 'name');
  if (desc === undefined || (desc.configurable && (desc.value === '$jd$' || desc.value === ''))) {
    Object.defineProperty(value, 'name', { __proto__: null, value: 'default', configurable: true });
  }
}

// ---- namespaces ------------------------------------------------------------

let namespaceModule;
function namespaces() {
  namespaceModule ??= require('internal/modules/esm/namespace');
  return namespaceModule;
}

function namespaceOf(record) {
  if (record.namespace !== null) return record.namespace;
  const names = [];
  const read = { __proto__: null };
  const bindings = [];
  for (const name of exportNamesOf(record)) {
    const binding = resolveExport(record, name);
    if (binding === null || binding === 'ambiguous') continue;
    names.push(name);
    bindings.push(binding);
    // A module's own binding is read by its getter (the fewest calls for
    // `ns.x`); the namespace turns its TDZ error into node's.
    const { owner } = binding;
    read[name] = binding.namespace === null && owner.format === 'module' && owner.getters !== null ?
      owner.getters.get(binding.name) : () => bindingValue(binding);
  }
  record.namespace = namespaces().makeNamespace(names.sort(), read);
  watchNamespace(record, bindings);
  return record.namespace;
}

// A namespace is settled (its values copied, read at full speed, see
// ./namespace) once none of its bindings can change: their modules have
// run and never reassign them (a builtin's values are what they were then,
// as in node, until module.syncBuiltinESMExports()). A module that failed
// leaves it live.
function watchNamespace(record, bindings) {
  const waitFor = new Set();
  for (const binding of bindings) {
    if (binding.namespace !== null) continue;
    const { owner, name } = binding;
    if (owner.format === 'module' && owner.reassigned.has(name)) return;
    if (!owner.done) waitFor.add(owner);
  }
  record.namespaceWaits = waitFor.size;
  if (waitFor.size === 0) namespaces().settleNamespace(record.namespace);
  for (const owner of waitFor) owner.namespaceWatchers.push(record);
}

// `record` has run: the namespaces that waited for it.
function settleWatchers(record) {
  const watchers = record.namespaceWatchers;
  record.namespaceWatchers = [];
  for (const watcher of watchers) {
    if (--watcher.namespaceWaits === 0) namespaces().settleNamespace(watcher.namespace);
  }
}

// ---- evaluation ------------------------------------------------------------

// Runs the graph under `record` in post-order. Returns undefined when all
// of it ran synchronously, else a promise of its completion. Async graphs
// follow the spec's order (InnerModuleEvaluation and
// AsyncModuleExecutionFulfilled): a module counts the dependencies it
// waits for; when an async one finishes, the importers it leaves with
// nothing to wait for run at once in the order they were visited (a
// synchronous one makes its own importers ready first).
let asyncOrderClock = 0;
function evaluate(record) {
  switch (record.state) {
    case ERRORED: throw record.error;
    // Begun and not finished: its completion (also when its own code, just
    // begun, imports it back: import() in a cycle).
    case EVALUATED: return record.done ? undefined : completionOf(record);
    case EVALUATING: return undefined;  // a cycle: the ancestor finishes it
    default: break;
  }
  record.state = EVALUATING;
  let waiting = 0;
  try {
    for (const request of record.requests) {
      const dep = request.record;
      if (evaluate(dep) !== undefined) {
        waiting++;
        dep.asyncParents.push(record);
      }
    }
    if (waiting === 0 && !record.async) {
      record.state = EVALUATED;
      record.started = true;
      runBody(record);
      finish(record);
      return undefined;
    }
  } catch (err) {
    record.state = ERRORED;
    record.error = explainScopeError(err, record);
    settle(record);
    throw err;
  }
  record.state = EVALUATED;
  record.waiting = waiting;
  record.asyncOrder = ++asyncOrderClock;
  const pending = completionOf(record);
  if (waiting === 0) executeAsync(record);
  return pending;
}

// The module's code has run to its end.
function finish(record) {
  record.done = true;
  updateImporters(record);
  if (record.namespaceWatchers.length !== 0) settleWatchers(record);
  settle(record);
}

// Starts a module with top-level await (./async_graph: the rest of the
// spec's async evaluation, loaded with the first such module).
let asyncGraph;
function executeAsync(record) {
  asyncGraph ??= require('internal/modules/esm/async_graph');
  asyncGraph.executeAsync(record);
}

// A CommonJS name (require, exports, ...) used by module code: node's
// message on the error leaving the module (see esm/entries).
function explainScopeError(err, record) {
  if (!(err instanceof ReferenceError) || record.format !== 'module' || record.done) return err;
  if (/^Can't find variable: (?:require|module|exports|__filename|__dirname)$/.test(err.message)) {
    entries().explainScopeError(err, record);
  } else if (err.message === "Can't find variable: argument\u0455") {
    err.message = 'arguments is not defined';  // the transform's name for it (see runtime/esm/transform.cc)
  }
  return err;
}

// A promise of the end of the evaluation of `record`, which has begun
// (import() of a module of the graph being evaluated, from a cycle: it
// waits for the module, as in node, even when that never comes).
function completionOf(record) {
  if (record.completion === null) {
    let resolve;
    let reject;
    const promise = new Promise((res, rej) => {
      resolve = res;
      reject = rej;
    });
    // Whoever waits on it reports a failure (the main entry, import()):
    // the promise of a dependency alone is no unhandled rejection.
    promise.catch(() => {});
    record.completion = { promise, resolve, reject };
  }
  return record.completion.promise;
}

function settle(record) {
  const { completion } = record;
  if (completion === null) return;
  record.completion = null;
  if (record.state === ERRORED) completion.reject(record.error);
  else completion.resolve();
}

function runBody(record) {
  switch (record.format) {
    case 'module':
      record.generator.next();
      break;
    case 'commonjs': {
      const { Module } = require('internal/modules/cjs/loader');
      const exports = Module._load(record.filename, null, false);
      setCommonJsValues(record, exports);
      break;
    }
    case 'json': {
      const values = new Map();
      let value;
      if (record.filename !== null) {
        // A JSON file is one object for import and require (its cache).
        const { Module } = require('internal/modules/cjs/loader');
        value = Module._load(record.filename, null, false);
      } else {
        try {
          value = JSON.parse(sourceOf(record));
        } catch (err) {
          err.message = `${record.url}: ${err.message}`;
          throw err;
        }
      }
      values.set('default', value);
      record.values = values;
      break;
    }
    default:
      break;
  }
}

function setCommonJsValues(record, exports) {
  const values = new Map();
  for (const name of record.exportNames) {
    if (name === 'default' || name === 'module.exports') values.set(name, exports);
    else if (exports !== null && exports !== undefined) values.set(name, exports[name]);
  }
  record.values = values;
}

// ---- entry points ----------------------------------------------------------

// Loads, links and evaluates the graph under `record`; returns undefined or
// the promise of an async graph.
function run(record) {
  loadGraph(record);
  linkGraph(record);
  return evaluateWhenReady(record);
}

function evaluateWhenReady(record) {
  const ready = [];
  collectReady(record, ready, new Set());
  if (ready.length === 0) return evaluate(record);
  return Promise.all(ready).then(() => evaluate(record));
}

function collectReady(record, out, seen) {
  if (seen.has(record)) return;
  seen.add(record);
  if (record.ready !== null) out.push(record.ready);
  for (const request of record.requests) collectReady(request.record, out, seen);
}

// import(specifier) from the module or script at `referrer` (a URL).
function importModule(specifier, options, referrer) {
  return new Promise((resolve) => {
    const attributes = attributesOf(options);
    const record = moduleFor(`${specifier}`, referrer, attributes);
    // Never within the caller's own code (node loads the files first).
    resolve(Promise.resolve().then(() => {
      const pending = run(record);
      if (pending !== undefined) return pending.then(() => namespaceOf(record));
      if (record.state === EVALUATING) return completionOf(record).then(() => namespaceOf(record));
      return namespaceOf(record);
    }));
  });
}

function attributesOf(options) {
  if (options === undefined) return undefined;
  if (options === null || typeof options !== 'object') {
    throw new (errorCodes().ERR_INVALID_ARG_TYPE)('options', 'object', options);
  }
  const attrs = options.with;
  if (attrs === undefined) return undefined;
  const result = { type: undefined, other: undefined, otherValue: undefined };
  for (const key of Object.keys(attrs)) {
    if (key === 'type') result.type = attrs[key];
    else if (result.other === undefined) {
      result.other = key;
      result.otherValue = attrs[key];
    }
  }
  return result;
}

function makeDynamicImport(referrer) {
  return function dynamicImport(specifier, options) {
    return importModule(specifier, options, referrer);
  };
}

// The main entry: an ES module file. Errors of a synchronous graph are
// thrown; an async one's reach the caller as a rejected promise.
function runMainModule(filename) {
  const url = fileUrlOf(filename);
  const record = recordFor(url, filename, 'module');
  record.isMain = true;
  return watchUnsettled(run(record), record);
}

// A main module that ./main ran without this loader (it has no imports
// or exports): its record, evaluated (or being evaluated, or failed), so
// that importing it later gives it rather than running it again.
function recordPlainMain() {
  const record = recordFor(plainMain.url, plainMain.filename, 'module');
  record.isMain = true;
  const empty = [];
  record.info = { exports: empty, reexports: empty, stars: empty, imports: empty, requests: empty, tla: false };
  record.reassigned = new Set();
  record.getters = new Map();
  record.started = true;
  record.state = EVALUATED;
  plainMain.record = record;
  notePlainMainEnd();
}

// ./main's module finished running (or failed) after its record was made.
function notePlainMainEnd() {
  const { record } = plainMain;
  if (record === null) return;
  if (plainMain.error !== undefined) {
    record.state = ERRORED;
    record.error = plainMain.error;
    settle(record);
  } else if (plainMain.done && !record.done) {
    finish(record);
  }
}

// A main module whose top-level await never settles: once nothing is left
// to run, node's warning and exit code 13 (not a silent exit).
function watchUnsettled(pending, record) {
  if (pending === undefined) return pending;
  let settled = false;
  const onBeforeExit = () => {
    if (settled) return;
    process.exitCode = 13;
    internalBinding('stdio').writeSync(2, `Warning: Detected unsettled top-level await at ${entries().unsettledAt(record)}\n`);
  };
  process.once('beforeExit', onBeforeExit);
  const done = () => {
    settled = true;
    process.removeListener('beforeExit', onBeforeExit);
  };
  pending.then(done);  // a rejection stays unhandled: the fatal report
  return pending;
}

// The loader's parts that ./entries and ./commonjs build on.
const internals = {
  esmBinding, errorCodes, interop, recordFor, loadGraph, linkGraph, evaluate, run, watchUnsettled, importModule,
  namespaceOf, EVALUATED, graphOf, sourceOf, finish, runBody, settle, explainScopeError, ERRORED, notePlainMainEnd,
};

if (plainMain.url !== null) recordPlainMain();

// The entry points of ./entries are loaded with it, on first use.
module.exports = {
  internals, readSource, fileUrlOf, dirOf, runMainModule, importModule, namespaceOf, syncBuiltinExports,
  runMainSource: (source, name) => entries().runMainSource(source, name),
  requireModule: (filename, parentFilename) => entries().requireModule(filename, parentFilename),
  checkSyntax: (source, filename) => entries().checkSyntax(source, filename),
  hasModuleSyntax: (source) => entries().hasModuleSyntax(source),
  explainModuleSyntax: (err, source, filename) => entries().explainModuleSyntax(err, source, filename),
  rewriteDynamicImport: (source, filename) => entries().rewriteDynamicImport(source, filename),
  rewriteScriptImport: (code, importModuleDynamically, filename, defaultLoader) =>
    entries().rewriteScriptImport(code, importModuleDynamically, filename, defaultLoader),
  warnTypeless: (filename) => resolver().warnTypeless(filename, fileUrlOf(filename)),
};
