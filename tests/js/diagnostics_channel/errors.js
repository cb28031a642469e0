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
  // Channel objects: a missing one is a plain TypeError, a wrong one a coded one.
  ['tracingChannel({})', () => dc.tracingChannel({})],
  ['tracingChannel({ start: "" })', () => dc.tracingChannel({ start: '' })],
  ['tracingChannel({ start: undefined, end: "" })', () => dc.tracingChannel({ start: undefined, end: '' })],
  ['tracingChannel({ start, end: "" })', () => dc.tracingChannel({ start: dc.channel('s'), end: '' })],
  ['tracingChannel({ start, end: null })', () => dc.tracingChannel({ start: dc.channel('s'), end: null })],
  ['tracingChannel(no error)', () => dc.tracingChannel({
    start: dc.channel('s'), end: dc.channel('e'), asyncStart: dc.channel('as'), asyncEnd: dc.channel('ae'),
  })],
  ['tracingChannel(error: 5)', () => dc.tracingChannel({
    start: dc.channel('s'), end: dc.channel('e'), asyncStart: dc.channel('as'), asyncEnd: dc.channel('ae'), error: 5,
  })],
  ['tracingChannel(all)', () => typeof dc.tracingChannel({
    start: dc.channel('s'), end: dc.channel('e'), asyncStart: dc.channel('as'), asyncEnd: dc.channel('ae'),
    error: dc.channel('er'),
  })],
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
