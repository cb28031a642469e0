// setInterval repeats until cleared, including from inside its own callback.
let n = 0;
const iv = setInterval(() => {
  n++;
  console.log('tick', n);
  if (n === 3) {
    clearInterval(iv);
    console.log('cleared');
  }
}, 5);
console.log('interval object:', typeof iv, typeof iv.ref, typeof iv.unref);
