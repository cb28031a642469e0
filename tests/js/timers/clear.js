// Cleared timers never fire; clearing twice or with junk is harmless.
const t = setTimeout(() => console.log('cleared timeout fired (wrong)'), 5);
clearTimeout(t);
clearTimeout(t);
const i = setInterval(() => console.log('cleared interval fired (wrong)'), 5);
clearInterval(i);
const im = setImmediate(() => console.log('cleared immediate fired (wrong)'));
clearImmediate(im);
clearTimeout(undefined);
clearTimeout(null);
clearTimeout({});
clearInterval(12345);
clearImmediate(undefined);
// clearTimeout and clearInterval are interchangeable.
const t2 = setTimeout(() => console.log('t2 fired (wrong)'), 5);
clearInterval(t2);
const i2 = setInterval(() => console.log('i2 fired (wrong)'), 5);
clearTimeout(i2);
// A timer cleared by an earlier timer in the same run does not fire.
let victim;
setTimeout(() => { console.log('first clears victim'); clearTimeout(victim); }, 10);
victim = setTimeout(() => console.log('victim fired (wrong)'), 10);
setTimeout(() => console.log('done'), 20);
