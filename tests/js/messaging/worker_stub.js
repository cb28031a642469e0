// jolt-only: Jolt cannot start Worker threads yet; node would run the worker
'use strict';
const { Worker } = require('worker_threads');
try {
  new Worker('./nonexistent.js');
} catch (e) {
  console.log(e.name, e.code, e.message);
}
try {
  new Worker(new URL('file:///nonexistent.js'));
} catch (e) {
  console.log(e.code);
}
