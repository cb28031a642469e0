// From the main script: synchronous code, then nextTicks, then promise jobs,
// then timers and immediates (their relative order from main is not fixed).
const seen = [];
setTimeout(() => { seen.push('timeout'); if (seen.length === 2) done(); }, 0);
setImmediate(() => { seen.push('immediate'); if (seen.length === 2) done(); });
Promise.resolve().then(() => console.log('promise'));
process.nextTick(() => console.log('nextTick'));
console.log('sync');
function done() { console.log('timeout and immediate both ran:', seen.sort().join(', ')); }
