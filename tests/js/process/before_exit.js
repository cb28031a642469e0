// 'beforeExit' fires when the loop empties; scheduling work makes it fire again.
let n = 0;
process.on('beforeExit', (code) => {
  n++;
  console.log('beforeExit', n, 'code', code);
  if (n < 3) setTimeout(() => console.log('timer scheduled by beforeExit', n), 1);
});
process.on('exit', (code) => console.log('exit', code, 'after', n, 'beforeExit events'));
console.log('main');
