// nextTick passes extra arguments; it validates the callback.
process.nextTick((a, b) => console.log('args:', a, b), 'one', 2);
try {
  process.nextTick(42);
} catch (e) {
  console.log(e.name, e.code);
}
