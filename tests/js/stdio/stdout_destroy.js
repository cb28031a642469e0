// destroy() on process.stdout does not close fd 1: 'close' is emitted, yet
// the stream stays usable and later writes still reach the output.
const out = process.stdout;
out.on('close', () => console.log('close event, destroyed:', out.destroyed));
out.destroy();
console.log('destroyed right after destroy():', out.destroyed);
out.write('a write after destroy()\n', (err) => console.log('write callback error:', err));
setTimeout(() => {
  console.log('writable later:', out.writable);
  require('fs').writeSync(1, 'fd 1 is still open\n');
}, 20);
