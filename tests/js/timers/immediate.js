// setImmediate runs after the main script, in order of creation.
setImmediate(() => console.log('immediate 1'));
const im = setImmediate(() => console.log('immediate 2'));
setImmediate(() => console.log('immediate 3'));
console.log('typeof immediate:', typeof im, typeof im.hasRef);
console.log('sync');
