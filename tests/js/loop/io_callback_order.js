// Inside an I/O callback, setImmediate always runs before setTimeout(0):
// the check phase comes before the next timers phase.
const fs = require('fs');
fs.readFile(__filename, (err, data) => {
  console.log('readFile callback, error:', err, '| got data:', data.length > 0);
  setTimeout(() => console.log('timeout 0'), 0);
  setImmediate(() => console.log('immediate'));
  process.nextTick(() => console.log('nextTick'));
  Promise.resolve().then(() => console.log('promise'));
});
