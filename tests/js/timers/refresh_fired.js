// Refreshing a timer from its own callback (after it fired) re-arms it.
let count = 0;
const once = setTimeout(() => {
  count++;
  console.log('fired', count, 'hasRef', once.hasRef());
  if (count < 3) once.refresh();
}, 5);
process.on('exit', () => console.log('fired', count, 'times'));
