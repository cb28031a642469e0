'use strict';
// EventEmitterAsyncResource: name option, ids, the companion resource.
const { EventEmitterAsyncResource, EventEmitter } = require('events');
for (const args of [[], [{}], ['str'], [{ name: 'n' }], [{ name: 1 }], [null], [{ name: 'c', captureRejections: 1 }]]) {
  try {
    const r = new EventEmitterAsyncResource(...args);
    console.log('ok', r.asyncResource.eventEmitter === r, typeof r.asyncResource.asyncId(),
                typeof r.asyncId, typeof r.triggerAsyncId, r instanceof EventEmitter);
  } catch (e) {
    console.log(e.code, e.message);
  }
}
class Sub extends EventEmitterAsyncResource {}
const s = new Sub();
s.on('x', function(v) { console.log('x', v, this === s); });
console.log(s.emit('x', 1), s.emit('nothing'));
s.emitDestroy();
console.log(Object.keys(s), Object.getOwnPropertyNames(EventEmitterAsyncResource.prototype));
console.log(Object.getPrototypeOf(s.asyncResource).constructor.name);
