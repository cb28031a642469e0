'use strict';
// mock.method, mock.getter and mock.setter: replacing and restoring
// methods and accessors, own or inherited.
const { mock } = require('node:test');

const show = require('./helpers/show');

const obj = {
  value: 5,
  add(n) { return this.value + n; },
};
const spy = mock.method(obj, 'add');
console.log(obj.add(1), spy.mock.callCount(), spy.mock.calls[0].this === obj);
console.log(obj.add === spy, Object.getOwnPropertyDescriptor(obj, 'add').enumerable);
spy.mock.mockImplementation(function(n) { return n * 100; });
console.log(obj.add(2));
spy.mock.restore();
console.log(obj.add(3), obj.add === spy);

const replaced = mock.method(obj, 'add', () => 'stub');
console.log(obj.add(1), replaced.mock.callCount());
mock.restoreAll();
console.log(obj.add(1));

class Base {
  greet() { return 'base'; }
}
const child = new Base();
mock.method(child, 'greet', () => 'mocked');
console.log(child.greet(), Object.hasOwn(child, 'greet'), new Base().greet());
mock.reset();
console.log(child.greet(), Object.hasOwn(child, 'greet'));

const temp = {
  celsius: 20,
  get fahrenheit() { return this.celsius * 9 / 5 + 32; },
  set fahrenheit(f) { this.celsius = (f - 32) * 5 / 9; },
};
const getter = mock.getter(temp, 'fahrenheit', () => 1000);
console.log(temp.fahrenheit, getter.mock.callCount());
getter.mock.restore();
console.log(temp.fahrenheit);
const setter = mock.setter(temp, 'fahrenheit');
temp.fahrenheit = 212;
console.log(temp.celsius, setter.mock.calls[0].arguments);
setter.mock.restore();
const viaMethod = mock.method(temp, 'fahrenheit', () => 'via options', { getter: true });
console.log(temp.fahrenheit, viaMethod.mock.callCount());
mock.reset();
console.log(temp.fahrenheit);

const once = { f() { return 'real'; } };
mock.method(once, 'f', () => 'fake', { times: 1 });
console.log(once.f(), once.f());

show('missing method:', () => mock.method({}, 'nope'));
show('not a method:', () => mock.method({ x: 1 }, 'x'));
show('null object:', () => mock.method(null, 'x'));
show('bad name:', () => mock.method({}, 1));
show('getter false:', () => mock.getter(temp, 'fahrenheit', () => 1, { getter: false }));
show('getter and setter:', () => mock.method(temp, 'fahrenheit', () => 1, { getter: true, setter: true }));
show('no getter:', () => mock.getter(obj, 'value'));
