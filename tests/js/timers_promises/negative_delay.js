'use strict';
// A negative delay is treated as 1 ms, with a warning (once).
process.on('warning', (w) => console.log(w.name, JSON.stringify(w.message)));
require('timers/promises').setTimeout(-5, 'neg').then(console.log);
setTimeout(() => console.log('second negative'), -7);
setTimeout(() => console.log('NaN delay'), 'x');
