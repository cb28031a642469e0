'use strict';
// util.transferableAbortSignal / transferableAbortController: such a signal
// may be listed in a transfer list (structuredClone, postMessage); the
// receiver gets a new AbortSignal that follows the original (already
// aborted, or aborted a turn after it with a copy of the reason). Cloning
// it without listing it is a DataCloneError.
const { transferableAbortSignal, transferableAbortController } = require('util');

const ac = new AbortController();
const t = transferableAbortSignal(ac.signal);
console.log('same object', t === ac.signal);
try {
  structuredClone(t);
} catch (err) {
  console.log(err.name, err.message);
}
try {
  structuredClone({ nested: [t] });
} catch (err) {
  console.log(err.name, err.message);
}
const copy = structuredClone(t, { transfer: [t] });
console.log('transferred', copy instanceof AbortSignal, copy !== t, copy.aborted);
const again = structuredClone({ a: t, b: t }, { transfer: [t] });
console.log('one copy per clone', again.a === again.b, again.a !== copy);

const pre = transferableAbortSignal(AbortSignal.abort({ why: 'x' }));
const preCopy = structuredClone(pre, { transfer: [pre] });
console.log('pre-aborted copy', preCopy.aborted, JSON.stringify(preCopy.reason), preCopy.reason !== pre.reason);

for (const bad of [5, {}, null]) {
  try {
    transferableAbortSignal(bad);
  } catch (err) {
    console.log(err.code, err.message);
  }
}
const controller = transferableAbortController();
console.log('controller', controller instanceof AbortController);
controller.abort('stop');
const viaController = structuredClone(controller.signal, { transfer: [controller.signal] });
console.log('controller copy', viaController.aborted, viaController.reason);

const mc = new MessageChannel();
mc.port1.onmessage = ({ data }) => {
  console.log('received', data instanceof AbortSignal, data.aborted, data === t);
  data.onabort = () => {
    console.log('received copy aborted', data.reason);
    mc.port1.close();
  };
  ac.abort('boom');
  console.log('right after abort', t.aborted, data.aborted, copy.aborted);
};
mc.port2.postMessage(t, [t]);
copy.addEventListener('abort', () => console.log('structuredClone copy aborted', copy.reason));
