// flags: --expose-gc
'use strict';
// A registry with live targets (whose callbacks can never run) does not keep
// the process alive, nor does collecting garbage repeatedly.
const registry = new FinalizationRegistry(() => console.log('never'));
const targets = [];
for (let i = 0; i < 100; i++) {
  const t = { i };
  targets.push(t);
  registry.register(t, i);
}
for (let i = 0; i < 5; i++) gc();
const started = process.hrtime.bigint();
process.on('exit', (code) => {
  console.log('exit', code, targets.length);
  console.log('exited promptly:', process.hrtime.bigint() - started < 2000000000n);
});
