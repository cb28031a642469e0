// ref/unref/hasRef on Timeout and Immediate objects.
const fired = [];
const t = setTimeout(() => fired.push('timeout'), 5);
console.log('hasRef initially:', t.hasRef());
console.log('unref returns timer:', t.unref() === t, 'hasRef:', t.hasRef());
console.log('ref returns timer:', t.ref() === t, 'hasRef:', t.hasRef());
const im = setImmediate(() => fired.push('immediate'));
console.log('immediate hasRef:', im.hasRef());
console.log('immediate unref returns it:', im.unref() === im, im.hasRef());
im.ref();
console.log('immediate after ref:', im.hasRef());
process.on('exit', () => console.log('fired:', fired.sort().join(', ')));
