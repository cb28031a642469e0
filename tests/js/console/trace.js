// console.trace prints "Trace: msg" and a stack to stderr.
function inner() { console.trace('here %d', 1); }
inner();
console.log('stdout only has this');
