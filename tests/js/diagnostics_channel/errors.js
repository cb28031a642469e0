'use strict';
// Validation errors.
const dc = require('diagnostics_channel');
const fn = () => {};
for (const [label, f] of [
  ['channel(1)', () => dc.channel(1)],
  ['channel({})', () => dc.channel({})],
  ['subscribe(1)', () => dc.channel('x').subscribe(1)],
  ['dc.subscribe(1, fn)', () => dc.subscribe(1, fn)],
  ['dc.subscribe(x, 1)', () => dc.subscribe('x', 1)],
  ['hasSubscribers(1)', () => dc.hasSubscribers(1)],
  ['unsubscribe(1)', () => dc.channel('x').unsubscribe(1)],
  ['tracingChannel(1)', () => dc.tracingChannel(1)],
  ['tracingChannel(null)', () => dc.tracingChannel(null)],
  ['traceCallback no cb', () => {
    const tc = dc.tracingChannel('e');
    tc.subscribe({ start() {} });
    return tc.traceCallback(() => {}, 0, {}, null, 1);
  }],
]) {
  try {
    console.log(label, 'ok', f());
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}
