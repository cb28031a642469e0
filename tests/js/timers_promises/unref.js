'use strict';
// ref: false timers do not keep the process alive.
const tp = require('timers/promises');
tp.setTimeout(100000, 'never', { ref: false }).then(console.log);
tp.setImmediate('immediate unref', { ref: false }).then(console.log);
const it = tp.setInterval(100000, 'never', { ref: false });
it.next().then(console.log);
console.log('main done');
