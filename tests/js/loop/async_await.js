// async/await interleaves with promise chains; nextTick still comes first.
async function f(name) {
  console.log(name, 'start');
  await null;
  console.log(name, 'after await 1');
  await new Promise((r) => setTimeout(r, 1));
  console.log(name, 'after timer await');
  return name;
}
f('A').then((v) => console.log('resolved', v));
f('B');
Promise.resolve().then(() => console.log('then 1')).then(() => console.log('then 2'));
process.nextTick(() => console.log('nextTick'));
console.log('sync end');
