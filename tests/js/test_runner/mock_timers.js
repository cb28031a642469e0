'use strict';
// mock.timers: enable/tick/runAll/reset/setTime on setTimeout, setInterval,
// setImmediate and Date, and its errors.
const { mock } = require('node:test');
const timers = require('timers');

const show = require('./helpers/show');

const realSetTimeout = setTimeout;
show('tick before enable:', () => mock.timers.tick(1));
show('bad api:', () => mock.timers.enable({ apis: ['nope'] }));
show('bad apis:', () => mock.timers.enable({ apis: 'setTimeout' }));
show('bad now:', () => mock.timers.enable({ now: -1 }));

mock.timers.enable({ apis: ['setTimeout', 'setInterval', 'setImmediate', 'Date'], now: 1000 });
show('enable twice:', () => mock.timers.enable());
console.log('replaced:', setTimeout !== realSetTimeout, timers.setTimeout === setTimeout);
console.log('Date.now:', Date.now(), new Date().getTime(), new Date(5).getTime(), typeof Date());

const order = [];
setTimeout((a, b) => order.push(`t30 ${a} ${b}`), 30, 'x', 'y');
const t10 = setTimeout(() => order.push('t10'), 10);
setTimeout(() => order.push('t10 second'), 10);
const cancelled = setTimeout(() => order.push('cancelled'), 5);
clearTimeout(cancelled);
const iv = setInterval(() => {
  order.push(`interval at ${Date.now()}`);
}, 8);
setImmediate(() => order.push('immediate'));
console.log('timer object:', typeof t10, typeof t10.ref, typeof t10.unref, t10.hasRef());

mock.timers.tick(0);
console.log('tick 0:', order.splice(0).join(', '));
mock.timers.tick(9);
console.log('tick 9:', order.splice(0).join(', '), Date.now());
mock.timers.tick(10);
console.log('tick 10:', order.splice(0).join(', '), Date.now());
clearInterval(iv);
mock.timers.runAll();
console.log('runAll:', order.splice(0).join(', '), Date.now());

mock.timers.setTime(5000);
console.log('setTime:', Date.now());
show('negative tick:', () => mock.timers.tick(-1));

// A timer scheduled by a timer callback within the same tick runs too.
setTimeout(() => {
  order.push('outer');
  setTimeout(() => order.push('inner'), 5);
}, 5);
mock.timers.tick(20);
console.log('nested:', order.splice(0).join(', '));

mock.timers.reset();
console.log('restored:', setTimeout === realSetTimeout, timers.setTimeout === realSetTimeout,
  Date.now() > 1e12);
show('tick after reset:', () => mock.timers.tick(1));

mock.timers.enable({ apis: ['setTimeout'] });
console.log('only setTimeout:', Date.now() > 1e12);
let fired = false;
setTimeout(() => { fired = true; }, 100);
mock.timers.runAll();
console.log('runAll fired:', fired);
mock.reset();
console.log('mock.reset restores timers:', setTimeout === realSetTimeout);
realSetTimeout(() => console.log('real timers work again'), 1);

// node:timers/promises: setTimeout, setImmediate and scheduler.wait.
const timersPromises = require('timers/promises');
mock.timers.enable({ apis: ['setTimeout', 'setImmediate', 'scheduler.wait'] });
const settled = [];
timersPromises.setTimeout(50, 'timeout value').then((v) => settled.push(v));
timersPromises.setImmediate('immediate value').then((v) => settled.push(v));
timersPromises.scheduler.wait(30).then(() => settled.push('waited'));
mock.timers.tick(40);
realSetTimeout(() => {
  console.log('promises after tick 40:', settled.join(', '));
  mock.timers.tick(10);
  realSetTimeout(() => {
    console.log('promises after tick 50:', settled.join(', '));
    mock.timers.reset();
    console.log('promises restored:', typeof timersPromises.setTimeout(1).then);
  }, 5);
}, 5);
