'use strict';
// Validation errors of AbortController / AbortSignal.
function attempt(label, fn) {
  try {
    console.log(label, 'ok', fn());
  } catch (err) {
    console.log(label, err.name, err.code, err.message);
  }
}
attempt('new AbortSignal', () => new AbortSignal());
attempt('timeout(-1)', () => AbortSignal.timeout(-1));
attempt('timeout("1")', () => AbortSignal.timeout('1'));
attempt('timeout(2**53)', () => AbortSignal.timeout(2 ** 53));
attempt('timeout(1.5)', () => AbortSignal.timeout(1.5));
attempt('any()', () => AbortSignal.any());
attempt('any(1)', () => AbortSignal.any(1));
attempt('any([1])', () => AbortSignal.any([1]));
attempt('any([signal, {}])', () => AbortSignal.any([new AbortController().signal, {}]));
const get = (proto, key) => Object.getOwnPropertyDescriptor(proto, key).get;
attempt('aborted getter', () => get(AbortSignal.prototype, 'aborted').call({}));
attempt('reason getter', () => get(AbortSignal.prototype, 'reason').call({}));
attempt('throwIfAborted', () => AbortSignal.prototype.throwIfAborted.call({}));
attempt('signal getter name', () => get(AbortController.prototype, 'signal').call(new AbortController()).constructor.name);
