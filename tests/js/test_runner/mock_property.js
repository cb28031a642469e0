'use strict';
// mock.property: a property whose reads and writes are recorded, with a
// replaced value, restored by restore() or mock.restoreAll().
const { mock } = require('node:test');
const show = require('./helpers/show');

const obj = { foo: 1, bar: 'x' };
const proxy = mock.property(obj, 'foo', 42);
console.log(obj.foo, proxy.foo, proxy === obj, typeof proxy.mock, Object.keys(obj));
obj.foo = 7;
console.log(obj.foo, proxy.mock.accessCount());
console.log(proxy.mock.accesses.map((a) => `${a.type} ${a.value} ${a.stack instanceof Error}`));
proxy.mock.mockImplementation(100);
proxy.mock.mockImplementationOnce(5);
console.log(obj.foo, obj.foo);
proxy.mock.resetAccesses();
console.log(proxy.mock.accessCount(), proxy.mock.accesses);
console.log(Object.getOwnPropertyNames(Object.getPrototypeOf(proxy.mock)).join());
proxy.mock.restore();
console.log(obj.foo, Object.getOwnPropertyDescriptor(obj, 'foo'));

const other = { bar: 'x' };
mock.property(other, 'bar');
console.log(other.bar);
other.bar = 'written';
mock.restoreAll();
console.log(other.bar, Object.getOwnPropertyDescriptor(other, 'bar'));

show('missing property:', () => mock.property(obj, 'nope', 1));
show('null object:', () => mock.property(null, 'x'));
