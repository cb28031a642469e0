// flags: --expose-gc
'use strict';
// FinalizationRegistry callbacks run after a collection, as separate tasks
// of the event loop, and never keep the process alive by themselves.
const seen = [];
const registry = new FinalizationRegistry((held) => seen.push(held));
const kept = {};

function registerGarbage(prefix, count) {
  for (let i = 0; i < count; i++) registry.register({ i }, `${prefix}${i}`);
}

registerGarbage('main', 3);
registry.register(kept, 'kept');
// An unregistered target's callback never runs.
const token = {};
(function () { registry.register({}, 'unregistered', token); })();
console.log('unregister', registry.unregister(token), registry.unregister(token));
gc();
console.log('after gc, in the same turn:', seen.length);

setTimeout(() => {
  console.log('first timer:', seen.sort().join(' '));
  seen.length = 0;
  // Garbage made and collected inside a callback of the loop.
  registerGarbage('timer', 2);
  // Collected from a fresh stack: JSC scans the stack conservatively.
  setTimeout(gc, 10);
  setTimeout(() => {
    console.log('second timer:', seen.sort().join(' '));
    console.log('kept is alive:', typeof kept);
  }, 50);
}, 30);

// Validation errors.
for (const bad of [undefined, 1, {}]) {
  try { new FinalizationRegistry(bad); } catch (e) { console.log(e.name); }
}
try { registry.register(kept, kept); } catch (e) { console.log(e.name); }
try { registry.register(1, 'x'); } catch (e) { console.log(e.name); }
