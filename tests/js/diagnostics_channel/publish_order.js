'use strict';
// A publish in progress walks the subscribers it started with; a throwing
// subscriber does not stop the others and its error is uncaught later.
const dc = require('diagnostics_channel');
const ch = dc.channel('u');
const a = () => {
  console.log('a');
  ch.unsubscribe(a);
  ch.subscribe(c);
};
const b = () => console.log('b');
const c = () => console.log('c');
ch.subscribe(a);
ch.subscribe(b);
ch.publish(1);
console.log('--');
ch.publish(2);
process.on('uncaughtException', (e) => console.log('uncaught', e.message));
const t = dc.channel('throws');
t.subscribe(() => { throw new Error('subscriber failed'); });
t.subscribe(() => console.log('second subscriber still runs'));
t.publish('m');
console.log('after publish');
