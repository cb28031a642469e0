'use strict';
// One run of node:test: the event stream, the counters of the summary, the
// filters (--test-only, --test-name-pattern, --test-skip-pattern) and the
// roots of the files being run. A script using node:test directly gets one
// harness (created on its first test()), reporting to stdout; `jolt --test`
// and run() make their own, with one root per file.

const { codes } = require('internal/errors');
const { TestsStream } = require('internal/test_runner/tests_stream');
const { Test } = require('internal/test_runner/test');
const { realTimers, nowNs, elapsedMs } = require('internal/test_runner/utils');

function toRegExp(pattern) {
  if (pattern instanceof RegExp) return pattern;
  const m = /^\/(.*)\/([a-z]*)$/s.exec(pattern);
  return m ? new RegExp(m[1], m[2]) : new RegExp(pattern);
}

function hasOnly(test) {
  return test.only || test.subtests.some(hasOnly);
}

class Harness {
  constructor({ only = false, namePatterns = [], skipPatterns = [], timeout } = {}) {
    this.stream = new TestsStream();
    this.onlyFlag = only;
    this.honorsOnly = false;
    this.namePatterns = namePatterns.map(toRegExp);
    this.skipPatterns = skipPatterns.map(toRegExp);
    this.timeout = timeout;
    this.currentSuite = null;
    this.activeRoot = null;
    this.topLevelNumber = 0;
    this.startNs = nowNs();
    this.counts = {
      __proto__: null, tests: 0, failed: 0, passed: 0, cancelled: 0, skipped: 0, todo: 0, topLevel: 0, suites: 0,
    };
    this.failedSuites = 0;
    this.finished = false;
    // Tests whose function is running, in start order: an uncaught
    // exception or unhandled rejection fails the latest one.
    this.executing = new Set();
    this.buildingSuites = [];
    // True while a test file's top-level code runs.
    this.inSyncLoad = false;
    this.errorListeners = undefined;
  }

  // Without async context tracking, an error nobody caught is blamed on
  // the test that started last and is still running (node knows exactly).
  listenForUncaught() {
    if (this.errorListeners !== undefined) return;
    const blame = (err, failureType) => {
      let test;
      for (const t of this.executing) test = t;
      if (test === undefined) {
        // No test to blame: the error is fatal as usual, unless the program
        // listens for it itself.
        if (process.listenerCount(failureType) > 1) return;
        this.stopListeningForUncaught();
        require('internal/process/execution').triggerUncaughtException(err, failureType === 'unhandledRejection');
        return;
      }
      test.fail(new codes.ERR_TEST_FAILURE(err, failureType));
    };
    this.errorListeners = {
      uncaughtException: (err) => blame(err, 'uncaughtException'),
      unhandledRejection: (err) => blame(err, 'unhandledRejection'),
    };
    process.on('uncaughtException', this.errorListeners.uncaughtException);
    process.on('unhandledRejection', this.errorListeners.unhandledRejection);
  }

  stopListeningForUncaught() {
    if (this.errorListeners === undefined) return;
    process.removeListener('uncaughtException', this.errorListeners.uncaughtException);
    process.removeListener('unhandledRejection', this.errorListeners.unhandledRejection);
    this.errorListeners = undefined;
  }

  emit(type, data) { this.stream.push(type, data); }

  newRoot(file) {
    const root = new Test({ harness: this, name: '<root>', fn: () => {}, loc: { file } });
    if (this.timeout !== undefined) root.timeout = this.timeout;
    this.activeRoot = root;
    return root;
  }

  // Where test()/describe()/hooks called at this moment belong: the suite
  // whose body is running, or else (node knows it from the async context;
  // this is the nearest guess) a suite whose async body is still running or
  // the test that started last and has not finished.
  currentParent() {
    if (this.currentSuite !== null) return this.currentSuite;
    if (this.inSyncLoad) return this.activeRoot;  // the file's own top level
    if (this.buildingSuites.length > 0) return this.buildingSuites[this.buildingSuites.length - 1];
    let latest = this.activeRoot;
    for (const t of this.executing) latest = t;
    return latest;
  }

  // -- filters --------------------------------------------------------------

  matchesName(test) {
    for (let t = test; t !== null && t.nesting >= 0; t = t.parent) {
      if (this.namePatterns.some((re) => re.test(t.name))) return true;
    }
    return false;
  }

  keepByPatterns(test) {
    if (this.skipPatterns.some((re) => re.test(test.name))) return false;
    if (this.namePatterns.length === 0) return true;
    return this.matchesName(test) || (test.isSuite && test.subtests.length > 0);
  }

  // Drops, before a root starts, the declared tests the filters exclude.
  filterTree(node, onlyMode) {
    node.subtests = node.subtests.filter((child) => {
      if (child.isSuite) this.filterTree(child, onlyMode);
      return this.keepByPatterns(child);
    });
    if (onlyMode) {
      const only = node.subtests.filter(hasOnly);
      if (only.length > 0) node.subtests = only;
    }
    const kept = new Set(node.subtests);
    node.queue = node.queue.filter((t) => kept.has(t));
  }

  // The same for a subtest created while its parent runs (t.test()).
  keepDynamic(parent, child) {
    if (!parent.started) return true;  // declared: filtered when the root starts
    if (parent.runOnlyFlag && this.onlyEnabled && !child.only) return false;
    return this.keepByPatterns(child);
  }

  // -- running --------------------------------------------------------------

  startRoot(root) {
    this.listenForUncaught();
    // A script run directly honours `only` by itself; `--test` and run()
    // need --test-only (`only: true`).
    this.filterTree(root, this.onlyFlag || (this.honorsOnly && hasOnly(root)));
    root.started = true;
    root.startNs = nowNs();
    root.processQueue();
  }

  // Settles once the root has no test queued or running.
  async drainRoot(root) {
    await new Promise((resolve) => realTimers.setImmediate(resolve));
    await root.whenIdle();
    await root.runOwnHooks('after', root.hookContext()).catch((err) => {
      this.failedSuites++;
      this.emit('test:diagnostic', { nesting: 0, message: `after hook failed: ${err?.message ?? err}` });
    });
  }

  // The loop ran dry with tests still waiting on promises: they can never
  // finish, so they are reported as cancelled, as node does.
  cancelPending(root) {
    root.cancelSubtests('Promise resolution is still pending but the event loop has already resolved');
  }

  // -- reporting ------------------------------------------------------------

  get onlyEnabled() { return this.onlyFlag || this.honorsOnly; }

  report(test, testNumber) {
    if ((test.only || test.runOnlyFlag || test.createdUnderRunOnly) && !this.onlyEnabled) {
      test.diagnostics.push("'only' and 'runOnly' require the --test-only command-line option.");
    }
    if (testNumber === undefined) {
      testNumber = ++this.topLevelNumber;
      this.counts.topLevel++;
    }
    test.reportStart();
    if (test.subtests.length > 0) {
      this.emit('test:plan', {
        __proto__: null, nesting: test.nesting + 1, count: test.subtests.length, file: test.file, line: test.line,
        column: test.column,
      });
    }
    const data = test.resultData(testNumber);
    this.emit(test.error === undefined ? 'test:pass' : 'test:fail', data);
    for (const message of test.diagnostics) {
      this.emit('test:diagnostic', {
        __proto__: null, nesting: test.nesting, message, file: test.file, line: test.line, column: test.column,
        level: 'info',
      });
    }
    this.count(test);
  }

  count(test) {
    const c = this.counts;
    if (test.isSuite) {
      c.suites++;
      if (test.error !== undefined && test.error.failureType !== 'subtestsFailed') this.failedSuites++;
      return;
    }
    c.tests++;
    if (test.skipReason !== undefined) c.skipped++;
    else if (test.todoReason !== undefined) c.todo++;
    else if (test.error === undefined) c.passed++;
    else if (test.cancelled) c.cancelled++;
    else c.failed++;
  }

  get success() {
    return this.counts.failed === 0 && this.counts.cancelled === 0 && this.failedSuites === 0;
  }

  // The closing events: plan of the top level, the summary as diagnostics
  // and test:summary, then the end of the stream.
  finish() {
    if (this.finished) return;
    this.finished = true;
    this.stopListeningForUncaught();
    const c = this.counts;
    const durationMs = elapsedMs(this.startNs);
    this.emit('test:plan', { __proto__: null, nesting: 0, count: this.topLevelNumber });
    const lines = [
      `tests ${c.tests}`, `suites ${c.suites}`, `pass ${c.passed}`, `fail ${c.failed}`,
      `cancelled ${c.cancelled}`, `skipped ${c.skipped}`, `todo ${c.todo}`, `duration_ms ${durationMs}`,
    ];
    for (const message of lines) {
      this.emit('test:diagnostic', { __proto__: null, nesting: 0, message, level: 'info' });
    }
    this.emit('test:summary', {
      __proto__: null, counts: { ...c }, duration_ms: durationMs, file: undefined, success: this.success,
    });
    this.stream.end();
  }
}

// -- the harness of a script that uses node:test itself ----------------------

let autoHarness;

function cliTestOptions() {
  const o = internalBinding('process_methods').options;
  let timeout;
  if (o.testTimeout !== '') {
    timeout = Number(o.testTimeout);
    if (!(timeout >= 0)) timeout = undefined;
  }
  return {
    timeout,
    forceExit: o.testForceExit,
    only: o.testOnly,
    namePatterns: o.testNamePatterns,
    skipPatterns: o.testSkipPatterns,
    reporters: o.testReporters,
    destinations: o.testReporterDestinations,
  };
}

// The harness test() and friends report to: the one of the file `jolt
// --test` or run() is loading, or else this script's own.
function currentHarness() {
  if (activeHarness !== null) return activeHarness;
  if (autoHarness === undefined) {
    const options = cliTestOptions();
    autoHarness = new Harness(options);
    autoHarness.honorsOnly = true;
    // The first test() call comes from the script's loading: the rest of its
    // synchronous code is top level too.
    autoHarness.inSyncLoad = true;
    queueMicrotask(() => { autoHarness.inSyncLoad = false; });
    require('internal/test_runner/reporters').attachReporters(autoHarness.stream, options);
    const root = autoHarness.newRoot(process.argv[1]);
    let state = 'waiting';
    realTimers.setImmediate(() => {
      state = 'running';
      autoHarness.startRoot(root);
    });
    process.on('beforeExit', () => {
      if (state !== 'running') return;
      state = 'closing';
      autoHarness.cancelPending(root);
      autoHarness.drainRoot(root).then(() => {
        autoHarness.finish();
        if (!autoHarness.success) process.exitCode = 1;
        if (options.forceExit) process.exit();
      });
    });
  }
  return autoHarness;
}

let activeHarness = null;
function setActiveHarness(harness) { activeHarness = harness; }

module.exports = { Harness, currentHarness, setActiveHarness, cliTestOptions, toRegExp };
