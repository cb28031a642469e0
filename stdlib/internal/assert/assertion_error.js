'use strict';
// assert.AssertionError and the text of its generated messages.
//
// Values are shown with util.inspect in an expanded, sorted form (one
// property per line) so that two values can be compared line by line; the
// strict operators then print a "+ actual - expected" diff (internal/assert/
// diff), the loose ones print both values in full.

const { inspect } = require('internal/util/inspect');
const { kIsNodeError } = require('internal/errors_stack');
const { renderDiff } = require('internal/assert/diff');

// Inline "a !== b" form: both primitive and their text short.
const kMaxShortLength = 12;
// The loose messages cut each value after this many characters.
const kMaxLongLength = 512;
// "Same structure" messages show this many lines of the value.
const kMaxSameLines = 50;
// The not-equal messages put a value this short on the header line.
const kMaxInlineNotEqual = 5;
// The not-equal messages show this many lines of the value.
const kMaxNotEqualLines = 46;
// A caret under the first differing column is shown up to this line width.
const kMaxCaretLine = 40;

const kReadableOperator = {
  __proto__: null,
  deepStrictEqual: 'Expected values to be strictly deep-equal:',
  partialDeepStrictEqual: 'Expected values to be partially and strictly deep-equal:',
  strictEqual: 'Expected values to be strictly equal:',
  strictEqualObject: 'Expected "actual" to be reference-equal to "expected":',
  deepEqual: 'Expected values to be loosely deep-equal:',
  notDeepStrictEqual: 'Expected "actual" not to be strictly deep-equal to:',
  notStrictEqual: 'Expected "actual" to be strictly unequal to:',
  notStrictEqualObject: 'Expected "actual" not to be reference-equal to "expected":',
  notDeepEqual: 'Expected "actual" not to be loosely deep-equal to:',
  notIdentical: 'Values identical but not reference-equal:',
  notDeepEqualUnequal: 'Expected values not to be loosely deep-equal:',
};

function isObjectLike(value) {
  return value !== null && (typeof value === 'object' || typeof value === 'function');
}

// A compared error (and the errors of its cause chain) is shown without its
// stack trace: the stacks are hidden while it is inspected.
function withoutStacks(value, show) {
  const hidden = [];
  for (let err = value; isErrorValue(err) && !hidden.some((h) => h[0] === err); err = err.cause) {
    const desc = Object.getOwnPropertyDescriptor(err, 'stack');
    if (desc !== undefined && !desc.configurable) break;
    hidden.push([err, desc]);
    Object.defineProperty(err, 'stack', { __proto__: null, value: undefined, configurable: true, writable: true });
  }
  try {
    return show(value);
  } finally {
    for (const [err, desc] of hidden) {
      if (desc === undefined) delete err.stack;
      else Object.defineProperty(err, 'stack', desc);
    }
  }
}

function inspectValue(value) {
  if (isErrorValue(value)) return withoutStacks(value, inspectExpanded);
  return inspectExpanded(value);
}

function inspectExpanded(value) {
  return inspect(value, {
    compact: false,
    customInspect: false,
    depth: 1000,
    maxArrayLength: Infinity,
    showHidden: false,
    showProxy: false,
    sorted: true,
    getters: true,
  });
}

function isErrorValue(value) {
  return value instanceof Error || require('internal/util/types').isNativeError(value);
}

// Length used to choose the inline form: strings count without quotes.
function shortLength(value, text) {
  return typeof value === 'string' ? text.length - 2 : text.length;
}

// (Not with diff: 'full'.)
let fullDiff = false;
function truncate(text) {
  if (fullDiff) return text;
  return text.length > kMaxLongLength ? `${text.slice(0, kMaxLongLength - 3)}...` : text;
}

// Column of the first difference of two one-line texts, when a caret helps.
function caretLine(actualText, expectedText) {
  if (Math.min(actualText.length, expectedText.length) > kMaxCaretLine - 2) return '';
  let at = 0;
  while (at < actualText.length && actualText[at] === expectedText[at]) at++;
  // Too close to the start to help, or past the end of the shorter text.
  if (at < 3 || at >= Math.min(actualText.length, expectedText.length)) return '';
  return `\n${' '.repeat(at + 2)}^`;
}

// The strict operators: inline "a !== b", or a line diff.
function strictMessage(actual, expected, operator, header) {
  const actualText = inspectValue(actual);
  const expectedText = inspectValue(expected);
  if (isObjectLike(actual) && isObjectLike(expected)) {
    if (typeof actual === 'object' && actualText === expectedText && operator !== 'partialDeepStrictEqual') {
      let lines = actualText.split('\n');
      let skipped = '';
      if (lines.length > kMaxSameLines) {
        lines = lines.slice(0, kMaxSameLines).concat(`...${lines[lines.length - 1]}`);
        skipped = '... Skipped lines\n';
      }
      return {
        header: 'Values have same structure but are not reference-equal:',
        body: `\n\n${skipped}${lines.join('\n')}\n`,
      };
    }
    if (header === kReadableOperator.strictEqual) header = kReadableOperator.strictEqualObject;
  }
  if (!(isObjectLike(actual) && isObjectLike(expected)) && actual !== expected &&
      !actualText.includes('\n') && !expectedText.includes('\n') &&
      shortLength(actual, actualText) + shortLength(expected, expectedText) <= kMaxShortLength) {
    return { header, body: `\n\n${actualText} !== ${expectedText}\n` };
  }
  const actualLines = actualText.split('\n');
  const expectedLines = expectedText.split('\n');
  if (actualLines.length === 1 && expectedLines.length === 1) {
    const caret = typeof actual === typeof expected && !isObjectLike(actual) ? caretLine(actualText, expectedText) : '';
    return { header, body: `\n+ actual - expected\n\n+ ${actualText}\n- ${expectedText}${caret}\n` };
  }
  const { text, skipped } = renderDiff(actualLines, expectedLines);
  return { header, body: `\n+ actual - expected${skipped ? '\n... Skipped lines' : ''}\n\n${text}\n` };
}

function generatedMessage(actual, expected, operator) {
  let header = kReadableOperator[operator];
  switch (operator) {
    case 'deepStrictEqual':
    case 'strictEqual':
    case 'partialDeepStrictEqual': {
      const { header: head, body } = strictMessage(actual, expected, operator, header);
      return head + body;
    }
    case 'deepEqual':
      return `${header}\n\n${truncate(inspectValue(actual))}\n\nshould loosely deep-equal\n\n` +
        `${truncate(inspectValue(expected))}`;
    case 'notDeepStrictEqual':
    case 'notStrictEqual': {
      let text = inspectValue(actual);
      if (operator === 'notStrictEqual' && isObjectLike(actual)) header = kReadableOperator.notStrictEqualObject;
      let lines = text.split('\n');
      if (lines.length === 1) {
        return text.length <= kMaxInlineNotEqual ? `${header} ${text}` : `${header}\n\n${text}`;
      }
      if (!fullDiff && lines.length > kMaxNotEqualLines) lines = lines.slice(0, kMaxNotEqualLines).concat('...');
      text = lines.join('\n');
      return `${header}\n\n${text}\n`;
    }
    case 'notDeepEqual': {
      const actualText = truncate(inspectValue(actual));
      const expectedText = truncate(inspectValue(expected));
      if (actualText !== expectedText) {
        return `${kReadableOperator.notDeepEqualUnequal}\n\n${actualText}\n\nshould not loosely deep-equal\n\n` +
          `${expectedText}`;
      }
      return `${header}\n\n${actualText}`;
    }
    default:
      return `${truncate(inspectValue(actual))} ${operator} ${truncate(inspectValue(expected))}`;
  }
}

// With a message of their own, the strict operators still append the diff.
function customMessage(message, actual, expected, operator) {
  if (operator === 'deepStrictEqual' || operator === 'strictEqual' || operator === 'partialDeepStrictEqual') {
    return `${message}${strictMessage(actual, expected, operator, '').body}`;
  }
  return `${message}`;
}

class AssertionError extends Error {
  constructor(options) {
    if (options === null || typeof options !== 'object') {
      const { codes } = require('internal/errors');
      throw new codes.ERR_INVALID_ARG_TYPE('options', 'Object', options);
    }
    const { message, operator, stackStartFn, details, diff = 'simple' } = options;
    let { actual, expected } = options;
    let text;
    if (message != null) {
      text = customMessage(message, actual, expected, operator);
    } else if (operator === 'fail') {
      text = 'Failed';
    } else if (details !== undefined) {
      text = details.map((d) => d.message).join('\n');
    } else {
      fullDiff = diff === 'full';
      try {
        text = generatedMessage(actual, expected, operator);
      } finally {
        fullDiff = false;
      }
    }
    super(text);
    if (typeof Error.captureStackTrace === 'function') {
      // stackStartFunction: the option's older name, still honoured.
      Error.captureStackTrace(this, stackStartFn || options.stackStartFunction || new.target);
    }
    Object.defineProperty(this, 'message', {
      __proto__: null, value: text, writable: true, enumerable: false, configurable: true,
    });
    this.generatedMessage = message == null;
    Object.defineProperty(this, 'name', {
      __proto__: null, value: 'AssertionError', writable: true, enumerable: false, configurable: true,
    });
    this.code = 'ERR_ASSERTION';
    if (details !== undefined) {
      actual = details.length === 1 ? details[0].actual : undefined;
      expected = details.length === 1 ? details[0].expected : undefined;
    }
    this.actual = actual;
    this.expected = expected;
    this.operator = operator;
    this.diff = diff;
  }

  toString() {
    return `${this.name} [${this.code}]: ${this.message}`;
  }

  [inspect.custom](recurseTimes, ctx) {
    // Its properties are shown one level deep only, and long strings lose
    // their last kMaxLongLength characters (what Node prints).
    const { actual, expected } = this;
    const shorten = (value) => {
      if (typeof value !== 'string') return value;
      const lines = value.split('\n');
      if (lines.length > 10) return `${lines.slice(0, 10).join('\n')}\n...`;
      return value.length > kMaxLongLength ? `${value.slice(0, value.length - kMaxLongLength)}...` : value;
    };
    this.actual = shorten(actual);
    this.expected = shorten(expected);
    try {
      return inspect(this, { ...ctx, customInspect: false, depth: 0 });
    } finally {
      this.actual = actual;
      this.expected = expected;
    }
  }
}

Object.defineProperty(AssertionError.prototype, kIsNodeError, {
  __proto__: null, value: true, enumerable: false, configurable: true,
});

module.exports = { AssertionError, inspectValue };
