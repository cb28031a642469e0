'use strict';
// util.inspect of Event, CustomEvent and EventTarget (timeStamp masked).
const util = require('util');
const mask = (s) => s.replace(/timeStamp: [\d.e+-]+/g, 'timeStamp: N');
console.log(mask(util.inspect(new Event('x'), { breakLength: Infinity })));
console.log(mask(util.inspect(new CustomEvent('y', { cancelable: true }), { breakLength: Infinity })));
const prevented = new Event('p', { cancelable: true });
prevented.preventDefault();
console.log(mask(util.inspect(prevented, { breakLength: Infinity })));
console.log(util.inspect(new Event('x'), { depth: -1 }));
console.log(util.inspect({ a: { b: new Event('x') } }, { depth: 1 }));
console.log(util.inspect(new EventTarget()), util.inspect({ t: new EventTarget() }, { depth: 0 }));
class MyTarget extends EventTarget {}
const t = new MyTarget();
t.extra = 1;
console.log(util.inspect(t), util.inspect(t, { depth: -1 }));
