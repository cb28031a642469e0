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

function isPrimitiveLike(value) {
  return !isObjectLike(value) || require('internal/util/types').isBoxedPrimitive(value);
}

function inspectValue(value) {
  // A compared error itself is shown by its header only.
  if (isErrorValue(value)) return `[${Error.prototype.toString.call(value)}]`;
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

function truncate(text) {
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
  if (operator === 'strictEqual' && isObjectLike(actual) && isObjectLike(expected)) {
    if (typeof actual === 'object' && actualText === expectedText) {
      return { header: 'Values have same structure but are not reference-equal:', body: `\n\n${actualText}\n` };
    }
    if (header === kReadableOperator.strictEqual) header = kReadableOperator.strictEqualObject;
  }
  if (isPrimitiveLike(actual) && isPrimitiveLike(expected) && actual !== expected &&
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
  const header = kReadableOperator[operator];
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
      const text = inspectValue(actual);
      if (operator === 'notStrictEqual' && isObjectLike(actual)) {
        return `${kReadableOperator.notStrictEqualObject}\n\n${text}\n`;
      }
      if (isObjectLike(actual)) return `${header}\n\n${text}\n`;
      const inline = operator === 'notDeepStrictEqual' || typeof actual !== 'string';
      if (inline && !text.includes('\n') && text.length <= kMaxShortLength) return `${header} ${text}`;
      return `${header}\n\n${text}`;
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
      text = generatedMessage(actual, expected, operator);
    }
    super(text);
    if (typeof Error.captureStackTrace === 'function') {
      Error.captureStackTrace(this, stackStartFn || new.target);
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
    // Its properties are shown one level deep only.
    return inspect(this, { ...ctx, customInspect: false, depth: 0 });
  }
}

Object.defineProperty(AssertionError.prototype, kIsNodeError, {
  __proto__: null, value: true, enumerable: false, configurable: true,
});

module.exports = { AssertionError, inspectValue };
