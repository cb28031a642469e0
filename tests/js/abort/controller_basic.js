'use strict';
// AbortController.abort(): reason, event, onabort, isTrusted, idempotence.
const ac = new AbortController();
const { signal } = ac;
console.log(signal.aborted, signal.reason, signal.onabort, ac.signal === signal);
signal.onabort = function(e) {
  console.log('onabort', e.type, e.isTrusted, this === signal, e.target === signal, e.constructor.name);
};
signal.addEventListener('abort', () => console.log('listener', signal.aborted));
signal.onabort = function() { console.log('replaced onabort keeps its place'); };
signal.throwIfAborted();
ac.abort();
console.log(signal.aborted, signal.reason.name, signal.reason.message, signal.reason.code,
            signal.reason instanceof DOMException);
const first = signal.reason;
ac.abort('again');
console.log('second abort ignored', signal.reason === first);
try {
  signal.throwIfAborted();
} catch (err) {
  console.log('throwIfAborted throws the reason', err === first);
}
const custom = new AbortController();
custom.abort({ why: 1 });
console.log(custom.signal.reason);
const nul = new AbortController();
nul.abort(null);
console.log(nul.signal.reason);
const h = new AbortController();
h.signal.onabort = 1;
console.log(h.signal.onabort);
h.signal.onabort = null;
console.log(h.signal.onabort);
