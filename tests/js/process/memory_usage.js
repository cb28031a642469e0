// process.memoryUsage() keys and types.
const m = process.memoryUsage();
for (const k of ['rss', 'heapTotal', 'heapUsed', 'external', 'arrayBuffers']) {
  console.log(k.padEnd(12), typeof m[k], m[k] >= 0);
}
console.log('rss > 0:', m.rss > 0);
console.log('memoryUsage.rss():', typeof process.memoryUsage.rss(), process.memoryUsage.rss() > 0);
