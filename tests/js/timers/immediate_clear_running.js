'use strict';
// clearImmediate on an immediate queued behind the running one (same check
// phase) must not cut off the immediates after it; ref() on a cleared
// immediate does nothing; an unref'd immediate runs while something else
// keeps the loop alive.
const order = [];
// Whether the unref'd immediate ran is recorded apart from `order`: it races
// the 1 ms timeout below (either may come first, in node as in jolt).
let unrefRan = false;
setImmediate(() => {
  order.push('first');
  setImmediate(() => { unrefRan = true; }).unref();
  setTimeout(() => {
    order.push('timeout');
    setImmediate(second);
  }, 0);
}).ref().unref().unref().ref();

function second() {
  order.push('second');
  const a = setImmediate(() => {
    order.push('a');
    clearImmediate(a);
    clearImmediate(b);
    a.ref();
    b.ref();
    order.push(`refs ${a.hasRef()} ${b.hasRef()}`);
  }).unref();
  const b = setImmediate(() => order.push('b (cleared, must not run)')).unref();
  const c = setImmediate(() => order.push('c (cleared while pending)'));
  setImmediate(() => {
    order.push('d');
    setImmediate(() => order.push('never: unref with nothing else')).unref();
  });
  clearImmediate(c);
  setImmediate(() => order.push('e'));
}

process.on('exit', () => console.log(order.join('\n') + `\nunref ran: ${unrefRan}`));
