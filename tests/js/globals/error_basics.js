// Error objects: stack starts with "Name: message" and has "    at " frames
// naming this file; Error.captureStackTrace exists.
function thrower() { throw new TypeError('bad thing'); }
try {
  thrower();
} catch (e) {
  const lines = e.stack.split('\n');
  console.log('first line:', lines[0]);
  console.log('frames start with "    at ":', lines.slice(1).every((l) => l.startsWith('    at ')));
  console.log('names thrower:', lines[1].includes('thrower'));
  console.log('names this file:', lines[1].includes(__filename + ':3:'));
}
const o = {};
Error.captureStackTrace(o);
console.log('captureStackTrace sets stack:', typeof o.stack);
class MyError extends Error {
  constructor(m) { super(m); this.name = 'MyError'; }
}
console.log(new MyError('custom').stack.split('\n')[0]);
console.log('stackTraceLimit:', typeof Error.stackTraceLimit);
