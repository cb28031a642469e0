// Timers with the same delay fire in creation order, from the main script and
// from inside a timer callback.
for (let i = 0; i < 5; i++) setTimeout(() => console.log('timer', i), 10);
setTimeout(() => {
  for (const name of ['a', 'b', 'c', 'd']) setTimeout(() => console.log('nested', name), 5);
}, 15);
