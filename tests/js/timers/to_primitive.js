// A Timeout converts to a number id usable with clearTimeout.
const t = setTimeout(() => console.log('fired (wrong: cleared by id)'), 5);
const id = +t;
console.log('typeof id:', typeof id, 'integer:', Number.isInteger(id), 'positive:', id > 0);
console.log('Symbol.toPrimitive is a function:', typeof t[Symbol.toPrimitive]);
console.log('stable:', +t === id, `${t}` === String(id));
clearTimeout(id);
const iv = setInterval(() => console.log('interval fired (wrong)'), 5);
clearInterval(iv[Symbol.toPrimitive]());
const t2 = setTimeout(() => console.log('t2 fires: ids of other timers are distinct:', +t2 !== id), 10);
