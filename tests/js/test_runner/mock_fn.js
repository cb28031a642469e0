'use strict';
// mock.fn: recorded calls, implementations, times, restore and resetCalls.
const { mock } = require('node:test');

const show = require('./helpers/show');

const double = mock.fn((a) => a * 2);
console.log(double(2), double.call({ k: 1 }, 3));
console.log(double.mock.callCount(), double.mock.calls.length);
const [first, second] = double.mock.calls;
console.log(first.arguments, first.result, first.error, first.this, first.target);
console.log(second.arguments, second.result, second.this);
console.log(Object.keys(first), first.stack instanceof Error);
console.log(typeof double, double.length, double.name);

const noop = mock.fn();
console.log(noop(1, 2), noop.mock.calls[0].arguments);

const thrower = mock.fn(() => { throw new Error('mock threw'); });
show('throws:', () => thrower());
console.log(thrower.mock.calls[0].error.message, thrower.mock.calls[0].result);

const impl = mock.fn(() => 'original');
impl.mock.mockImplementation(() => 'replaced');
impl.mock.mockImplementationOnce(() => 'once');
console.log(impl(), impl(), impl());
impl.mock.mockImplementationOnce(() => 'on call 5', 5);
console.log(impl(), impl(), impl());
impl.mock.restore();
console.log(impl(), impl.mock.callCount());
impl.mock.resetCalls();
console.log(impl.mock.callCount(), impl.mock.calls);

const limited = mock.fn(() => 'orig', () => 'mocked', { times: 2 });
console.log(limited(), limited(), limited());

class Point {
  constructor(x) { this.x = x; }
}
const MockPoint = mock.fn(Point);
const p = new MockPoint(7);
console.log(p instanceof Point, p.x, MockPoint.mock.calls[0].target === Point);

const calls = double.mock.calls;
calls.push('x');
console.log(double.mock.calls.length);

show('bad original:', () => mock.fn(1));
show('bad implementation:', () => mock.fn(() => {}, 'x'));
show('bad times:', () => mock.fn(() => {}, () => {}, { times: 0 }));
show('bad once:', () => impl.mock.mockImplementationOnce(() => {}, -1));
show('bad mockImplementation:', () => impl.mock.mockImplementation(null));

const tracked = mock.fn(() => 1, () => 2);
console.log(tracked());
mock.restoreAll();
console.log(tracked(), tracked.mock.callCount());
mock.reset();
console.log(tracked(), tracked.mock.callCount());
