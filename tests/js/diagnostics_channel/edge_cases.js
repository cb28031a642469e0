'use strict';
// Duplicate subscriptions, tracing subscribe/unsubscribe with partial
// handler objects, trace* without subscribers, rebinding a store.
const dc = require('diagnostics_channel');
const ch = dc.channel('dup');
const f = (m) => console.log('f', m);
ch.subscribe(f); ch.subscribe(f);
ch.publish(1);
console.log(ch.unsubscribe(f), ch.hasSubscribers);
ch.publish(2);
console.log(ch.unsubscribe(f), ch.hasSubscribers);
const tc = dc.tracingChannel('x');
console.log(tc.subscribe({}), tc.unsubscribe({}), tc.unsubscribe({ start: f }));
tc.subscribe({ start: f });
console.log(tc.hasSubscribers, tc.start.hasSubscribers, tc.end.hasSubscribers);
// traceCallback with no subscribers still validates?
const tc2 = dc.tracingChannel('y');
try { tc2.traceCallback(() => 'r', 0, {}, null, 1); console.log('no validation without subscribers') } catch (e) { console.log(e.code) }
console.log(tc2.tracePromise(() => 5));
console.log(tc2.traceCallback((a, cb) => a, -1, {}, null, 7, () => {}));
// store binding with an object that has run
const st = { run(v, fn) { return fn(); } };
const c2 = dc.channel('b2');
c2.bindStore(st); c2.bindStore(st, (d) => d);
console.log(c2.unbindStore(st), c2.hasSubscribers);
console.log(dc.channel('b2') === c2);
