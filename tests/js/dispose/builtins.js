'use strict';
// Explicit resource management builtins (the `using` syntax itself is left
// out: the engine under Jolt does not parse it yet).
console.log(typeof Symbol.dispose, typeof Symbol.asyncDispose, String(Symbol.dispose), String(Symbol.asyncDispose));
console.log(typeof DisposableStack, typeof AsyncDisposableStack, typeof SuppressedError);

const order = [];
const stack = new DisposableStack();
stack.use({ [Symbol.dispose]() { order.push('used'); } });
stack.defer(() => order.push('deferred'));
console.log('adopt returns', stack.adopt('res', (v) => order.push(`adopted ${v}`)));
console.log('disposed before', stack.disposed);
stack.dispose();
console.log('order', order.join(', '), 'disposed after', stack.disposed);
stack.dispose();  // a second dispose does nothing
try { stack.defer(() => {}); } catch (e) { console.log('defer after dispose:', e.name); }
try { new DisposableStack().use({}); } catch (e) { console.log('use without dispose method:', e.name); }
try { new DisposableStack().defer(1); } catch (e) { console.log('defer non-function:', e.name); }

// move() hands the resources over.
const a = new DisposableStack();
a.defer(() => console.log('moved resource disposed'));
const b = a.move();
console.log('a disposed', a.disposed, 'b disposed', b.disposed);
b.dispose();

// Two failures: a SuppressedError holds both.
const s2 = new DisposableStack();
s2.defer(() => { throw new Error('first registered'); });
s2.defer(() => { throw new Error('last registered'); });
try { s2.dispose(); } catch (e) {
  console.log(e.name, e instanceof SuppressedError, e.error.message, '/', e.suppressed.message);
}
const se = new SuppressedError(1, 2, 'msg');
console.log(se.name, se.message, se.error, se.suppressed, se instanceof Error);

(async () => {
  const as = new AsyncDisposableStack();
  as.defer(async () => { await null; console.log('async deferred'); });
  as.use({ async [Symbol.asyncDispose]() { console.log('async used'); } });
  await as.disposeAsync();
  console.log('async disposed', as.disposed);
})();
