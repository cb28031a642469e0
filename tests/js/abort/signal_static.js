'use strict';
// AbortSignal.abort() and AbortSignal.any().
const a = AbortSignal.abort();
console.log(a.aborted, a.reason.name, a.reason.message);
console.log(AbortSignal.abort('r').reason, AbortSignal.abort(undefined).reason.name);

const a1 = new AbortController();
const a2 = new AbortController();
const any = AbortSignal.any([a1.signal, a2.signal]);
console.log(any.aborted);
any.addEventListener('abort', (e) => console.log('any aborted with', any.reason, e.isTrusted));
a2.signal.addEventListener('abort', () => console.log('a2 listener sees any.aborted =', any.aborted));
a2.abort('r2');
a1.abort('r1');
console.log(any.reason);

console.log(AbortSignal.any([AbortSignal.abort('pre'), new AbortController().signal]).reason);
console.log(AbortSignal.any([]).aborted);

// any() of an any() signal follows the original sources.
const root = new AbortController();
const nested = AbortSignal.any([AbortSignal.any([root.signal])]);
root.abort('root');
console.log('nested', nested.aborted, nested.reason);

// Signals do not warn about many listeners unless a limit is set on them.
const { getMaxListeners } = require('events');
const many = new AbortController().signal;
console.log('signal max listeners', getMaxListeners(many), getMaxListeners(AbortSignal.abort()),
            getMaxListeners(AbortSignal.any([])));
for (let i = 0; i < 20; i++) many.addEventListener('abort', () => {});
