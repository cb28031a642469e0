console.log('quick start');
await null;
console.log('quick end');
