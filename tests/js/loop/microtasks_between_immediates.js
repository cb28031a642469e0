// Ticks and promise jobs run after each immediate callback.
for (const name of ['A', 'B', 'C']) {
  setImmediate(() => {
    console.log('immediate', name);
    Promise.resolve().then(() => console.log('  promise from', name));
    process.nextTick(() => console.log('  nextTick from', name));
  });
}
