'use strict';
// bindStore / unbindStore / runStores with store objects exposing run().
const dc = require('diagnostics_channel');
const store = {
  run(value, fn) {
    console.log('store.run', value);
    return fn();
  },
};
const s = dc.channel('s');
console.log(s.bindStore(store, (d) => ({ wrapped: d })), s.hasSubscribers, Object.getPrototypeOf(s).constructor.name);
s.subscribe((m) => console.log('subscriber', m));
console.log(s.runStores({ m: 1 }, function(x) { console.log('fn', this, x); return 'ret'; }, 'T', 'X'));
console.log(s.unbindStore(store), s.unbindStore(store), s.hasSubscribers);
console.log(dc.channel('empty').runStores({}, (...a) => a.length, null, 1, 2));

process.on('uncaughtException', (e) => console.log('uncaught', e.message));
const s2 = dc.channel('s2');
s2.bindStore(store, () => { throw new Error('transform failed'); });
s2.subscribe((m) => console.log('s2 subscriber', m));
console.log(s2.runStores('m', () => 'fn still runs'));
s2.bindStore(store);
console.log(s2.runStores('m2', () => 'rebound without transform'));
