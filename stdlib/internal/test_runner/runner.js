'use strict';
// `jolt --test [paths...]` and run(): find the test files and run them.
//
// Node runs each file in a child process. Jolt has no child_process yet, so
// the files run here, one after the other, each with a fresh module cache
// (the modules the runner itself loaded stay); their tests report to one
// shared stream, as node's children do.

const path = require('path');
const { codes } = require('internal/errors');
const { validateObject, validateArray, validateString } = require('internal/validators');
const { Harness, setActiveHarness, cliTestOptions } = require('internal/test_runner/harness');
const { Test } = require('internal/test_runner/test');
const { realTimers, nowNs, elapsedMs } = require('internal/test_runner/utils');
const { matchGlobPattern } = require('internal/path/glob');

const kExtensions = '{cjs,mjs,js}';
const kDefaultPatterns = [
  `**/*.test.${kExtensions}`, `**/*-test.${kExtensions}`, `**/*_test.${kExtensions}`,
  `**/test-*.${kExtensions}`, `**/test.${kExtensions}`, `**/test/**/*.${kExtensions}`,
];

function isGlob(s) { return /[*?{[]/.test(s); }

// Every file under `dir` (relative paths), skipping node_modules and
// dot-directories.
function walk(dir, prefix, out) {
  const fs = require('fs');
  let entries;
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const entry of entries) {
    const name = entry.name;
    const rel = prefix === '' ? name : `${prefix}/${name}`;
    // Symbolic links are followed, as a glob walk does.
    let isDir = entry.isDirectory();
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      const st = fs.statSync(`${dir}/${name}`, { throwIfNoEntry: false });
      isDir = st !== undefined && st.isDirectory();
      isFile = st !== undefined && st.isFile();
    }
    if (isDir) {
      if (name === 'node_modules' || name.startsWith('.')) continue;
      walk(`${dir}/${name}`, rel, out);
    } else if (isFile) {
      out.push(rel);
    }
  }
  return out;
}

function kindOf(file) {
  return internalBinding('fs').internalModuleStat(file);  // 0 file, 1 directory, < 0 missing
}

// The absolute paths of the test files for `patterns` (none: node's
// default patterns), sorted; a plain path that does not exist is an error.
function findTestFiles(patterns, cwd = process.cwd()) {
  const found = new Set();
  const matchAll = (globs, base) => {
    const files = walk(base, '', []).filter((f) => globs.some((g) => matchGlobPattern(f, g, false))).sort();
    for (const f of files) found.add(path.join(base, f));
    return files.length;
  };
  if (patterns.length === 0) {
    matchAll(kDefaultPatterns, cwd);
    return [...found];
  }
  for (const pattern of patterns) {
    if (isGlob(pattern)) {
      const abs = path.isAbsolute(pattern);
      const glob = abs ? path.relative(cwd, pattern) : pattern.replace(/^\.\//, '');
      matchAll([glob], cwd);
      continue;
    }
    const file = path.resolve(cwd, pattern);
    const kind = kindOf(file);
    // A directory is taken as a file too (and fails to load), as in node.
    if (kind === 0 || kind === 1) found.add(file);
    else {
      const err = new Error(`Could not find '${pattern}'`);
      err.code = 'ENOENT';
      throw err;
    }
  }
  return [...found];
}

// Modules the test files loaded: removed from the cache before the next file.
const loadedByTests = new Set();

function nextTurn() { return new Promise((resolve) => realTimers.setImmediate(resolve)); }

// A test named after the file, for a file that declared no test or failed
// to load.
function reportFileTest(harness, root, file, startNs, loadError) {
  const rel = path.relative(process.cwd(), file);
  const t = new Test({ parent: root, name: rel, fn: () => {}, loc: { file, line: 1, column: 1 } });
  if (loadError !== undefined) {
    const err = new codes.ERR_TEST_FAILURE('test failed', 'testCodeFailure');
    err.exitCode = 1;
    err.signal = null;
    t.fail(err);
  }
  t.startNs = startNs;
  t.durationMs = elapsedMs(startNs);
  root.subtests.push(t);
  t.finished = true;
  root.childFinished(t);
}

// Loads and runs one file in `harness`.
async function runFile(harness, file) {
  const { Module } = require('internal/modules/cjs/loader');
  const { formatFatal } = require('internal/process/execution');
  const root = harness.newRoot(file);
  const startNs = nowNs();
  // A fresh module cache: the file and what it requires load anew.
  for (const key of loadedByTests) delete Module._cache[key];
  loadedByTests.clear();
  const cachedBefore = new Set(Object.keys(Module._cache));
  const noteLoaded = () => {
    for (const key of Object.keys(Module._cache)) if (!cachedBefore.has(key)) loadedByTests.add(key);
  };
  const argv1 = process.argv[1];
  process.argv[1] = file;
  let loadError;
  setActiveHarness(harness);
  harness.inSyncLoad = true;
  try {
    Module._load(file, null, true);
  } catch (err) {
    loadError = err;
  } finally {
    harness.inSyncLoad = false;
    noteLoaded();
  }
  if (loadError !== undefined) {
    // What node's child process would print on its stderr, which node's
    // runner passes on to the reporters.
    let message;
    try {
      message = formatFatal(loadError, false);
    } catch {
      message = `${loadError}\n`;
    }
    harness.emit('test:stderr', { __proto__: null, file, message });
    reportFileTest(harness, root, file, startNs, loadError);
    setActiveHarness(null);
    process.argv[1] = argv1;
    return;
  }
  await nextTurn();
  harness.startRoot(root);
  harness.runningRoot = root;
  await harness.drainRoot(root);
  noteLoaded();
  harness.runningRoot = null;
  setActiveHarness(null);
  process.argv[1] = argv1;
  if (root.subtests.length === 0) reportFileTest(harness, root, file, startNs, undefined);
}

// test:summary of one file, as node's parent reports each child's.
function emitFileSummary(harness, file, before, startNs) {
  const counts = { __proto__: null };
  for (const key of Object.keys(harness.counts)) counts[key] = harness.counts[key] - before[key];
  const success = counts.failed === 0 && counts.cancelled === 0;
  harness.emit('test:summary', { __proto__: null, counts, duration_ms: elapsedMs(startNs), file, success });
}

// Runs `files` one after another, then closes the stream.
async function runFiles(harness, files) {
  const onDrained = () => {
    if (harness.runningRoot) harness.cancelPending(harness.runningRoot);
  };
  process.on('beforeExit', onDrained);
  try {
    for (const file of files) {
      const before = { ...harness.counts };
      const startNs = nowNs();
      await runFile(harness, file);
      emitFileSummary(harness, file, before, startNs);
    }
  } finally {
    process.removeListener('beforeExit', onDrained);
    harness.finish();
  }
}

// `jolt --test [paths...]`.
function runCli() {
  const o = internalBinding('process_methods').options;
  const options = cliTestOptions();
  let files;
  try {
    files = findTestFiles(o.testFiles);
  } catch (err) {
    if (err.code !== 'ENOENT') throw err;
    process.stderr.write(`${err.message}\n`);
    process.exitCode = 1;
    return;
  }
  const harness = new Harness(options);
  require('internal/test_runner/reporters').attachReporters(harness.stream, options);
  runFiles(harness, files).then(() => {
    if (!harness.success) process.exitCode = 1;
    if (options.forceExit) process.exit();
  });
}

// run(options) of node:test: a stream of the events of the files' tests.
function run(options = {}) {
  validateObject(options, 'options');
  let { files, only = false, testNamePatterns = [], testSkipPatterns = [], timeout, cwd = process.cwd() } = options;
  validateString(cwd, 'options.cwd');
  if (files !== undefined) {
    validateArray(files, 'options.files');
    for (let i = 0; i < files.length; i++) validateString(files[i], `options.files[${i}]`);
  }
  if (typeof testNamePatterns === 'string' || testNamePatterns instanceof RegExp) testNamePatterns = [testNamePatterns];
  if (typeof testSkipPatterns === 'string' || testSkipPatterns instanceof RegExp) testSkipPatterns = [testSkipPatterns];
  const harness = new Harness({ only, namePatterns: testNamePatterns, skipPatterns: testSkipPatterns, timeout });
  const list = files === undefined ? findTestFiles([], cwd) : files.map((f) => path.resolve(cwd, f));
  realTimers.setImmediate(() => runFiles(harness, list));
  return harness.stream;
}

module.exports = { runCli, run, findTestFiles };
