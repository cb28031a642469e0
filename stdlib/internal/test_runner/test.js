'use strict';
// The test tree of node:test: Test (a test or the root of a file), Suite (a
// describe() block) and the contexts their functions receive.
//
// A test's subtests wait in `queue` until their parent lets them start (a
// suite once its before hooks ran, the root once the file has loaded); at
// most `concurrency` of them run at once. Results are reported in declaration
// order: a finished subtest waits until all its earlier siblings are reported.

const { codes } = require('internal/errors');
const { ERR_TEST_FAILURE, ERR_INVALID_ARG_TYPE } = codes;
const {
  validateFunction, validateNumber, validateObject, validateInteger, validateBoolean, validateUint32,
  validateAbortSignal,
} = require('internal/validators');
const { realTimers, nowNs, elapsedMs, subtestsFailedText } = require('internal/test_runner/utils');

const kTestCodeFailure = 'testCodeFailure';
const kTimeoutFailure = 'testTimeoutFailure';
const kHookFailure = 'hookFailed';
const kSubtestsFailed = 'subtestsFailed';
const kCancelledByParent = 'cancelledByParent';
const kAborted = 'testAborted';
const kCallbackAndPromise = 'callbackAndPromisePresent';
const kCancelledText = 'test did not finish before its parent and was cancelled';

function isThenable(v) {
  return v !== null && (typeof v === 'object' || typeof v === 'function') && typeof v.then === 'function';
}

function asFailure(err, failureType) {
  if (err?.code === 'ERR_TEST_FAILURE' && err.failureType !== undefined) return err;
  return new ERR_TEST_FAILURE(err, failureType);
}

// Runs `fn` (a test body or a hook) with `args`, supporting the done
// callback form when fn declares one more parameter than `args` holds.
// Settles when fn is done, or rejects with a timeout failure; a second call
// of done goes to `onExtraCall`.
function runWithTimeout(fn, thisArg, args, timeout, owner, onExtraCall, signal) {
  return new Promise((resolve, reject) => {
    let timer;
    let settled = false;
    const onAbort = () => finish(new ERR_TEST_FAILURE(signal.reason, kAborted));
    const finish = (err) => {
      if (settled) return;
      settled = true;
      if (timer !== undefined) realTimers.clearTimeout(timer);
      signal?.removeEventListener?.('abort', onAbort);
      if (err !== undefined) reject(err);
      else resolve();
    };
    // The test's options.signal ends it when aborted.
    signal?.addEventListener?.('abort', onAbort);
    if (timeout !== Infinity) {
      timer = realTimers.setTimeout(() => {
        finish(new ERR_TEST_FAILURE(`${owner} timed out after ${timeout}ms`, kTimeoutFailure));
      }, timeout);
    }
    try {
      if (fn.length > args.length) {
        let called = false;
        const done = (err) => {
          if (called) {
            onExtraCall?.(new ERR_TEST_FAILURE('callback invoked multiple times', 'multipleCallbackInvocations'));
            return;
          }
          called = true;
          finish(err ? asFailure(err, kTestCodeFailure) : undefined);
        };
        const ret = Reflect.apply(fn, thisArg, [...args, done]);
        if (isThenable(ret)) {
          ret.then(() => {}, () => {});
          finish(new ERR_TEST_FAILURE('passed a callback but also returned a Promise', kCallbackAndPromise));
        }
        return;
      }
      const ret = Reflect.apply(fn, thisArg, args);
      if (isThenable(ret)) ret.then(() => finish(), (err) => finish(asFailure(err ?? undefined, kTestCodeFailure)));
      else finish();
    } catch (err) {
      finish(asFailure(err, kTestCodeFailure));
    }
  });
}

function noop() {}

function parseArgs(name, options, fn) {
  if (typeof name === 'function') {
    fn = name;
    options = undefined;
    name = fn.name || '<anonymous>';
  } else if (name !== null && typeof name === 'object') {
    fn = options;
    options = name;
    name = typeof fn === 'function' && fn.name ? fn.name : '<anonymous>';
  } else if (typeof options === 'function') {
    fn = options;
    options = undefined;
  }
  if (name === undefined) name = '<anonymous>';
  else if (typeof name !== 'string') name = `${name}`;
  // As in node, options that are not an object and a fn that is not a
  // function are ignored.
  if (options === null || typeof options !== 'object') options = {};
  if (typeof fn !== 'function') fn = noop;
  return { name, options, fn };
}

function validateTestOptions(options) {
  let { timeout, concurrency, plan } = options;
  if (timeout !== undefined && timeout !== Infinity) validateNumber(timeout, 'options.timeout', 0, 2147483647);
  if (concurrency === true) concurrency = Infinity;
  else if (concurrency === false || concurrency === undefined) concurrency = undefined;
  else if (typeof concurrency === 'number') validateInteger(concurrency, 'options.concurrency', 1, 4294967295);
  else if (concurrency !== null) {
    throw new ERR_INVALID_ARG_TYPE('options.concurrency', ['boolean', 'number'], concurrency);
  }
  if (plan !== undefined) validateInteger(plan, 'options.plan', 0);
  if (options.signal !== undefined) validateAbortSignal(options.signal, 'options.signal');
  return { timeout, concurrency: concurrency ?? undefined, plan };
}

class Test {
  constructor({ parent, name, fn, options = {}, loc = {}, harness }) {
    this.parent = parent ?? null;
    this.harness = harness ?? parent.harness;
    this.name = name;
    this.fn = fn;
    this.file = loc.file;
    this.line = loc.line;
    this.column = loc.column;
    this.nesting = parent ? parent.nesting + 1 : -1;
    const checked = validateTestOptions(options);
    this.timeout = checked.timeout ?? parent?.timeout ?? Infinity;
    this.concurrency = checked.concurrency ?? 1;
    this.planned = checked.plan;
    this.assertions = 0;
    this.skipReason = options.skip === undefined || options.skip === false || options.skip === null ?
      undefined : options.skip;
    // Inside a todo test or suite, everything is todo.
    this.todoReason = options.todo === undefined || options.todo === false || options.todo === null ?
      parent?.todoReason : options.todo;
    this.only = Boolean(options.only);
    this.userSignal = options.signal;
    this.runOnlyFlag = false;
    this.createdUnderRunOnly = Boolean(parent?.runOnlyFlag);
    this.subtests = [];
    this.queue = [];
    this.running = new Set();
    this.started = false;
    this.beforeHooksRan = false;
    this.hooks = { before: [], after: [], beforeEach: [], afterEach: [] };
    this.diagnostics = [];
    this.error = undefined;
    this.finished = false;
    this.reported = false;
    this.startReported = false;
    this.reportIndex = 0;
    this.durationMs = undefined;
    this.idleWaiters = [];
    this.abortController = undefined;  // made on first use of t.signal
    this.abortReason = undefined;
    this.mockTracker = undefined;
    this.donePromise = new Promise((resolve) => { this.resolveDone = resolve; });
  }

  get isSuite() { return false; }

  // t.signal: aborted when the test times out or its signal aborts.
  get signal() {
    if (this.abortController === undefined) {
      this.abortController = new AbortController();
      if (this.abortReason !== undefined) this.abortController.abort(this.abortReason);
    }
    return this.abortController.signal;
  }

  abort(reason) {
    this.abortReason = reason;
    this.abortController?.abort(reason);
  }

  get fullName() {
    if (this.parent === null || this.parent.nesting < 0) return this.name;
    return `${this.parent.fullName} > ${this.name}`;
  }

  get cancelled() {
    const type = this.error?.failureType;
    return type === kTimeoutFailure || type === kCancelledByParent || type === kAborted;
  }

  fail(err) {
    if (this.error === undefined) this.error = err;
  }

  // -- subtests -----------------------------------------------------------

  // Adds a subtest; returns a promise settled when it has finished.
  addSubtest(child) {
    if (!this.harness.keepDynamic(this, child)) return Promise.resolve();
    if (this.finished) {
      // Too late to run: reported at once as failed.
      child.fail(new ERR_TEST_FAILURE('test could not be started because its parent finished',
        'parentAlreadyFinished'));
      child.markFinished();
      this.harness.report(child, this.subtests.length + 1);
      return Promise.resolve();
    }
    this.subtests.push(child);
    this.queue.push(child);
    this.processQueue();
    return child.donePromise;
  }

  async processQueue() {
    if (!this.started || this.processing) return;
    this.processing = true;
    try {
      if (!this.beforeHooksRan && this.queue.length > 0) {
        this.beforeHooksRan = true;
        await this.runOwnHooks('before', this.hookContext());
      }
    } finally {
      this.processing = false;
    }
    while (this.queue.length > 0 && this.running.size < this.concurrency) {
      const child = this.queue.shift();
      this.running.add(child);
      child.start().then(() => {
        if (!this.running.delete(child)) return;  // cancelled meanwhile
        this.childFinished(child);
        this.processQueue();
      });
    }
    this.checkIdle();
  }

  checkIdle() {
    if (this.queue.length === 0 && this.running.size === 0 && !this.processing) {
      for (const resolve of this.idleWaiters.splice(0)) resolve();
    }
  }

  whenIdle() {
    if (this.queue.length === 0 && this.running.size === 0 && !this.processing) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  // Every unfinished subtest, queued or running, ends now as cancelled
  // (its parent failed or timed out, or the loop ran dry).
  cancelSubtests(text = kCancelledText) {
    this.queue.length = 0;
    this.running.clear();
    for (const child of this.subtests) {
      if (child.finished) continue;
      child.cancelSubtests(text);
      child.fail(new ERR_TEST_FAILURE(text, kCancelledByParent));
      if (child.startNs !== undefined) child.durationMs = elapsedMs(child.startNs);
      child.markFinished();
      this.childFinished(child);
    }
    this.checkIdle();
  }

  childFinished() {
    while (this.reportIndex < this.subtests.length && this.subtests[this.reportIndex].finished) {
      const child = this.subtests[this.reportIndex++];
      if (this.nesting >= 0 && !this.startReported) this.reportStart();
      this.harness.report(child, this.nesting < 0 ? undefined : this.reportIndex);
    }
  }

  // -- hooks --------------------------------------------------------------

  hookContext() {
    this.context ??= new TestContext(this);
    return this.context;
  }

  async runOwnHooks(kind, context) {
    for (const hook of this.hooks[kind]) {
      await runHook(hook, context);
    }
  }

  // beforeEach hooks run outermost first, afterEach hooks innermost first.
  async runEachHooks(kind, context) {
    const chain = [];
    for (let t = this.parent; t !== null; t = t.parent) chain.push(t);
    if (kind === 'beforeEach') chain.reverse();
    for (const owner of chain) {
      await owner.runOwnHooks(kind, context);
    }
  }

  // -- running ------------------------------------------------------------

  async start() {
    this.startNs = nowNs();
    this.harness.emit('test:dequeue', this.eventData());
    this.harness.executing.add(this);
    try {
      if (this.skipReason !== undefined) return;
      if (this.userSignal?.aborted) {
        this.fail(new ERR_TEST_FAILURE(this.userSignal.reason, kAborted));
        return;
      }
      await this.execute();
    } finally {
      this.harness.executing.delete(this);
      this.durationMs = elapsedMs(this.startNs);
      this.markFinished();
    }
  }

  async execute() {
    const context = this.hookContext();
    try {
      await this.runEachHooks('beforeEach', context);
    } catch (err) {
      this.fail(asFailure(err, kHookFailure));
    }
    if (this.error === undefined) {
      this.started = true;
      try {
        await runWithTimeout(this.fn, context, [context], this.timeout, 'test', (err) => this.fail(err),
          this.userSignal);
      } catch (err) {
        this.fail(err);
      }
      if (this.error?.failureType === kTimeoutFailure || this.error?.failureType === kAborted) {
        this.abort(this.error);
        this.cancelSubtests();
      }
      this.processQueue();
      await this.whenIdle();
      if (this.error === undefined && this.planned !== undefined && this.planned !== this.assertions) {
        this.fail(new ERR_TEST_FAILURE(
          `plan expected ${this.planned} assertions but received ${this.assertions}`, kTestCodeFailure));
      }
    }
    try {
      await this.runEachHooks('afterEach', context);
      await this.runOwnHooks('after', context);
    } catch (err) {
      this.fail(asFailure(err, kHookFailure));
    }
    this.mockTracker?.reset();
  }

  markFinished() {
    if (this.finished) return;
    const failed = this.subtests.filter((t) => t.error !== undefined && t.todoReason === undefined).length;
    if (this.error === undefined && failed > 0) {
      this.fail(new ERR_TEST_FAILURE(subtestsFailedText(failed), kSubtestsFailed));
    }
    this.finished = true;
    this.harness.emit('test:complete', this.resultData(undefined));
    this.resolveDone();
  }

  reportStart() {
    if (this.startReported || this.nesting < 0) return;
    this.startReported = true;
    if (this.parent !== null && this.parent.nesting >= 0) this.parent.reportStart();
    this.harness.emit('test:start', this.eventData());
  }

  eventData() {
    return { __proto__: null, name: this.name, nesting: this.nesting, file: this.file, line: this.line, column: this.column };
  }

  resultData(testNumber) {
    const details = { __proto__: null, duration_ms: this.durationMs, type: this.isSuite ? 'suite' : 'test' };
    if (this.error !== undefined) details.error = this.error;
    const data = this.eventData();
    data.testNumber = testNumber;
    data.details = details;
    if (this.skipReason !== undefined) data.skip = this.skipReason;
    if (this.todoReason !== undefined) data.todo = this.todoReason;
    return data;
  }
}

class Suite extends Test {
  constructor(args) {
    super(args);
    this.concurrency = validateTestOptions(args.options).concurrency ?? 1;
    this.buildError = undefined;
    this.buildPromise = undefined;
    if (this.skipReason !== undefined) return;
    // The body runs right away: it declares the suite's tests and hooks.
    const previous = this.harness.currentSuite;
    this.harness.currentSuite = this;
    try {
      const context = this.hookContext();
      const ret = Reflect.apply(this.fn, context, [context]);
      if (isThenable(ret)) {
        const building = this.harness.buildingSuites;
        building.push(this);
        const done = () => building.splice(building.indexOf(this), 1);
        this.buildPromise = Promise.resolve(ret).then(done, (err) => {
          done();
          this.buildError = asFailure(err, kTestCodeFailure);
        });
      }
    } catch (err) {
      this.buildError = asFailure(err, kTestCodeFailure);
    } finally {
      this.harness.currentSuite = previous;
    }
  }

  get isSuite() { return true; }

  hookContext() {
    this.context ??= new SuiteContext(this);
    return this.context;
  }

  async execute() {
    if (this.buildPromise !== undefined) await this.buildPromise;
    if (this.buildError !== undefined) {
      this.fail(this.buildError);
      this.cancelSubtests();
      return;
    }
    const context = this.hookContext();
    try {
      this.beforeHooksRan = true;
      await this.runOwnHooks('before', context);
    } catch (err) {
      this.fail(asFailure(err, kHookFailure));
      this.cancelSubtests();
      return;
    }
    this.started = true;
    let timer;
    const timedOut = this.timeout === Infinity ? undefined : new Promise((resolve) => {
      timer = realTimers.setTimeout(resolve, this.timeout);
    });
    this.processQueue();
    const result = await (timedOut ? Promise.race([this.whenIdle(), timedOut.then(() => 'timeout')]) :
      this.whenIdle());
    if (timer !== undefined) realTimers.clearTimeout(timer);
    if (result === 'timeout') {
      this.fail(new ERR_TEST_FAILURE(`test timed out after ${this.timeout}ms`, kTimeoutFailure));
      this.abort(this.error);
      this.cancelSubtests();
    }
    try {
      await this.runOwnHooks('after', context);
    } catch (err) {
      this.fail(asFailure(err, kHookFailure));
    }
  }
}

async function runHook(hook, context) {
  try {
    await runWithTimeout(hook.fn, context, [context], hook.timeout, 'hook');
  } catch (err) {
    throw err.failureType === kTestCodeFailure ? new ERR_TEST_FAILURE(err.cause, kHookFailure) : err;
  }
}

function makeHook(fn, options) {
  validateFunction(fn, 'fn');
  if (options === undefined || options === null) options = {};
  else validateObject(options, 'options');
  let timeout = options.timeout ?? Infinity;
  if (timeout !== Infinity) validateNumber(timeout, 'options.timeout', 0, 2147483647);
  return { fn, timeout };
}

// -- contexts ----------------------------------------------------------------

class SuiteContext {
  #suite;
  constructor(suite) { this.#suite = suite; }
  get name() { return this.#suite.name; }
  get fullName() { return this.#suite.fullName; }
  get filePath() { return this.#suite.file; }
  get signal() { return this.#suite.signal; }
}

class TestContext {
  #test;
  #assert;
  constructor(test) { this.#test = test; }

  get name() { return this.#test.name; }
  get fullName() { return this.#test.fullName; }
  get filePath() { return this.#test.file; }
  get signal() { return this.#test.signal; }

  get mock() {
    const { MockTracker } = require('internal/test_runner/mock/mock');
    this.#test.mockTracker ??= new MockTracker();
    return this.#test.mockTracker;
  }

  get assert() {
    this.#assert ??= require('internal/test_runner/assert').makeContextAssert(() => { this.#test.assertions++; });
    return this.#assert;
  }

  get passed() { return this.#test.finished && this.#test.error === undefined; }
  get error() { return this.#test.error ?? null; }
  get attempt() { return 0; }
  get workerId() { return undefined; }

  diagnostic(message) {
    this.#test.diagnostics.push(`${message}`);
  }

  // Polls `condition` until it returns (or resolves) without throwing.
  waitFor(condition, options = {}) {
    validateFunction(condition, 'condition');
    validateObject(options, 'options');
    const { interval = 50, timeout = 1000 } = options;
    validateNumber(interval, 'options.interval', 0, 2147483647);
    validateNumber(timeout, 'options.timeout', 0, 2147483647);
    const deadline = nowNs() + timeout * 1e6;
    return new Promise((resolve, reject) => {
      const attempt = async () => {
        try {
          resolve(await condition());
        } catch (err) {
          if (nowNs() >= deadline) {
            const failure = new Error('waitFor() timed out');
            failure.code = 'ERR_TEST_FAILURE';
            failure.cause = err;
            reject(failure);
          } else {
            realTimers.setTimeout(attempt, interval);
          }
        }
      };
      attempt();
    });
  }

  skip(message) {
    this.#test.skipReason = message === undefined ? true : `${message}`;
  }

  todo(message) {
    this.#test.todoReason = message === undefined ? true : `${message}`;
  }

  plan(count) {
    if (this.#test.planned !== undefined) {
      throw new codes.ERR_TEST_FAILURE('cannot set plan more than once', kTestCodeFailure);
    }
    validateUint32(count, 'count');
    this.#test.planned = count;
  }

  runOnly(value) {
    validateBoolean(value, 'value');
    this.#test.runOnlyFlag = value;
  }

  test(name, options, fn) {
    const args = parseArgs(name, options, fn);
    const parent = this.#test;
    const loc = require('internal/test_runner/utils').callerLocation(this.test);
    const child = new Test({ parent, name: args.name, fn: args.fn, options: args.options, loc });
    parent.assertions++;
    return parent.addSubtest(child);
  }

  before(fn, options) { this.#test.hooks.before.push(makeHook(fn, options)); }
  after(fn, options) { this.#test.hooks.after.push(makeHook(fn, options)); }
  beforeEach(fn, options) { this.#test.hooks.beforeEach.push(makeHook(fn, options)); }
  afterEach(fn, options) { this.#test.hooks.afterEach.push(makeHook(fn, options)); }
}

module.exports = {
  Test, Suite, TestContext, SuiteContext, parseArgs, makeHook,
};
