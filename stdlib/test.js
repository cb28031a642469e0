'use strict';
// node:test: test()/it(), describe()/suite(), the hooks, mock and run().

const { Test, Suite, parseArgs, makeHook } = require('internal/test_runner/test');
const { currentHarness } = require('internal/test_runner/harness');
const { callerLocation } = require('internal/test_runner/utils');

function declare(Kind, caller, name, options, fn, overrides) {
  const args = parseArgs(name, options, fn);
  const harness = currentHarness();
  const parent = harness.currentParent();
  const opts = overrides === undefined ? args.options : { ...args.options, ...overrides };
  const child = new Kind({ parent, name: args.name, fn: args.fn, options: opts, loc: callerLocation(caller) });
  return parent.addSubtest(child);
}

// test(), it(), describe(), suite() and their .skip/.todo/.only forms.
function makeDeclarer(Kind, publicName) {
  const declarer = {
    [publicName](name, options, fn) {
      // Not `return declare(...)`: a strict-mode tail call would drop this
      // frame, which callerLocation() looks for.
      const done = declare(Kind, declarer, name, options, fn);
      return done;
    },
  }[publicName];
  for (const key of ['skip', 'todo', 'only']) {
    const variant = {
      [key](name, options, fn) {
        const done = declare(Kind, variant, name, options, fn, { [key]: true });
        return done;
      },
    }[key];
    declarer[key] = variant;
  }
  return declarer;
}

const test = makeDeclarer(Test, 'test');
const it = makeDeclarer(Test, 'it');
const describe = makeDeclarer(Suite, 'describe');
const suite = makeDeclarer(Suite, 'suite');

function makeHookDeclarer(kind) {
  return {
    [kind](fn, options) {
      const hook = makeHook(fn, options);
      currentHarness().currentParent().hooks[kind].push(hook);
    },
  }[kind];
}

let mockTracker;

Object.assign(test, {
  test,
  it,
  describe,
  suite,
  before: makeHookDeclarer('before'),
  after: makeHookDeclarer('after'),
  beforeEach: makeHookDeclarer('beforeEach'),
  afterEach: makeHookDeclarer('afterEach'),
  run(options) { return require('internal/test_runner/runner').run(options); },
  // The context of the running test or suite (a best guess without async
  // context tracking: the innermost one started last), or undefined.
  getTestContext() {
    const parent = currentHarness().currentParent();
    return parent === null || parent.nesting < 0 ? undefined : parent.hookContext();
  },
});

Object.defineProperty(test, 'mock', {
  __proto__: null,
  enumerable: true,
  configurable: true,
  get() {
    if (mockTracker === undefined) {
      const { MockTracker } = require('internal/test_runner/mock/mock');
      mockTracker = new MockTracker();
    }
    return mockTracker;
  },
});

module.exports = test;
