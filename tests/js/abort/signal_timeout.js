'use strict';
// AbortSignal.timeout(): TimeoutError reason; the timer does not keep the
// process alive on its own.
const s = AbortSignal.timeout(20);
console.log(s.aborted);
s.onabort = () => console.log('aborted', s.reason.name, s.reason.message, s.reason.code);
setTimeout(() => console.log('later', s.aborted), 100);

const unref = AbortSignal.timeout(100000);
unref.onabort = () => console.log('never: the process exits first');
