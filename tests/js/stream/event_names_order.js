// eventNames() on a stream lists the names node's streams keep a slot for
// from the start (close, error, data, end, readable on a Readable; close,
// error, prefinish, finish, drain on a Writable) in that order, before any
// other name, whatever order the listeners were added in; names whose
// listeners are all removed drop out.
'use strict';
const { Readable, Writable, Duplex } = require('stream');

const r = new Readable({ read() {} });
console.log('fresh readable', r.eventNames());
r.on('foo', () => {});
r.on('readable', () => {});
r.on('data', () => {});
const onError = () => {};
r.on('error', onError);
console.log('readable', r.eventNames());
r.removeListener('error', onError);
console.log('readable after removing error', r.eventNames(), r.listenerCount('error'));

const w = new Writable();
w.on('foo', () => {});
w.on('drain', () => {});
w.on('prefinish', () => {});
console.log('writable', w.eventNames());

const d = new Duplex({ read() {} });
d.on('foo', () => {});
d.on('end', () => {});
d.on('finish', () => {});
console.log('duplex', d.eventNames());
d.removeAllListeners();
console.log('duplex after removeAllListeners', d.eventNames());
