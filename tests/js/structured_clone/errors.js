'use strict';
// Errors keep their kind (by name), message, stack and cause; other own
// properties are dropped.
const src = new RangeError('out', { cause: { why: 'x' } });
src.code = 'E_CODE';
src.extra = 1;
const c = structuredClone(src);
console.log(c instanceof RangeError, c !== src, c.message, c.stack === src.stack, c.code, c.extra);
console.log(c.cause, c.cause !== src.cause);
const causeDesc = Object.getOwnPropertyDescriptor(c, 'cause');
console.log(causeDesc.enumerable, causeDesc.writable, causeDesc.configurable);
const msgDesc = Object.getOwnPropertyDescriptor(c, 'message');
console.log(msgDesc.value, msgDesc.enumerable, msgDesc.writable);
console.log(Object.keys(c));

for (const E of [Error, EvalError, RangeError, ReferenceError, SyntaxError, TypeError, URIError]) {
  const ec = structuredClone(new E('m'));
  console.log(E.name, Object.getPrototypeOf(ec) === E.prototype, ec.name);
}

class MyError extends Error {}
const mc = structuredClone(new MyError('mine'));
console.log(Object.getPrototypeOf(mc) === Error.prototype, mc.message);

const renamed = new Error('n');
renamed.name = 'TypeError';
console.log(structuredClone(renamed) instanceof TypeError);
const custom = new Error('n');
custom.name = 'Custom';
console.log(Object.getPrototypeOf(structuredClone(custom)) === Error.prototype);
const agg = structuredClone(new AggregateError([1], 'agg'));
console.log(Object.getPrototypeOf(agg) === Error.prototype, agg.errors, agg.message);

console.log(Object.hasOwn(structuredClone(new Error()), 'message'));
const numMsg = new Error('x');
numMsg.message = 42;
console.log(typeof structuredClone(numMsg).message);
const accessorMsg = new Error('x');
Object.defineProperty(accessorMsg, 'message', { get() { return 'from getter'; } });
console.log(Object.hasOwn(structuredClone(accessorMsg), 'message'));
const customStack = new Error('x');
customStack.stack = 'my stack';
console.log(structuredClone(customStack).stack);
const nonStringStack = new Error('x');
nonStringStack.stack = 5;
console.log(structuredClone(nonStringStack).stack);
console.log(structuredClone(Object.create(Error.prototype)) instanceof Error);

const inner = new Error('inner');
const outer = structuredClone(new Error('outer', { cause: inner }));
console.log(outer.cause instanceof Error, outer.cause.message, outer.cause !== inner);

const dom = new DOMException('aborted', 'AbortError');
const dc = structuredClone(dom);
console.log(dc instanceof DOMException, dc.name, dc.message, dc.code, dc !== dom);

try {
  structuredClone(new Error('x', { cause: () => 1 }));
} catch (e) {
  console.log(e.name, e.message);
}
