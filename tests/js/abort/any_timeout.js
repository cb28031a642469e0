'use strict';
// AbortSignal.any() over a timeout signal, and any() of that.
const s = AbortSignal.any([AbortSignal.timeout(10), new AbortController().signal]);
s.addEventListener('abort', () => console.log('any of timeout', s.reason.name));
setTimeout(() => console.log('done', s.aborted), 50);
const d = AbortSignal.any([s]);
d.onabort = () => console.log('nested', d.reason.name);
