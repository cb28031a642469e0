'use strict';
// node:worker_threads on the main thread.
const w = require('worker_threads');
console.log(w.isMainThread, w.threadId, w.parentPort, w.workerData, w.resourceLimits, w.SHARE_ENV);
console.log(w.MessageChannel === MessageChannel, w.MessagePort === MessagePort,
            w.BroadcastChannel === BroadcastChannel, require('node:worker_threads') === w);
console.log(typeof w.Worker, w.Worker.prototype instanceof require('events'));
try {
  new w.Worker();
} catch (e) {
  console.log(e.name, e.code, e.message);
}
try {
  new w.Worker(5);
} catch (e) {
  console.log(e.name, e.code, e.message);
}

w.setEnvironmentData('k', { a: 1 });
const value = w.getEnvironmentData('k');
console.log(value, w.getEnvironmentData('missing'));
w.setEnvironmentData('k', undefined);
console.log(w.getEnvironmentData('k'));

const { port1, port2 } = new MessageChannel();
port1.postMessage({ x: 1 });
port1.postMessage('two');
console.log(w.receiveMessageOnPort(port2), w.receiveMessageOnPort(port2), w.receiveMessageOnPort(port2));
for (const bad of [{}, null, 1]) {
  try {
    w.receiveMessageOnPort(bad);
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
const o = {};
w.markAsUncloneable(o);
try {
  port1.postMessage(o);
} catch (e) {
  console.log(e.name, e.message);
}
port1.close();
