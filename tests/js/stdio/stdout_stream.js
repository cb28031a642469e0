// process.stdout/stderr in a test run are files: Writable streams that
// write synchronously, created lazily on first access.
const stream = require('stream');

const desc = Object.getOwnPropertyDescriptor(process, 'stdout');
console.log('lazy getter:', typeof desc.get, desc.enumerable, desc.configurable);

const out = process.stdout;
const err = process.stderr;
console.log('same object:', out === process.stdout, err === process.stderr);
console.log('Writable:', out instanceof stream.Writable, err instanceof stream.Writable);
console.log('class:', out.constructor.name, err.constructor.name);
console.log('fd:', out.fd, err.fd, '_isStdio:', out._isStdio, err._isStdio, '_type:', out._type);
console.log('isTTY:', out.isTTY, 'writable:', out.writable, 'readable:', out.readable);
console.log('hwm:', out.writableHighWaterMark, 'objectMode:', out.writableObjectMode);

const order = [];
console.log('write returns', out.write('plain string\n', () => order.push('cb1')));
out.write(Buffer.from('a buffer\n'), () => order.push('cb2'));
out.write(new Uint8Array([117, 56, 10]));
out.write('6869207468657265', 'hex');
out.write('\n', 'utf8', () => order.push('cb3'));
order.push('sync');

out.cork();
out.write('corked ');
out.write('then uncorked\n');
out.uncork();

for (const bad of [null, 42, {}]) {
  try {
    out.write(bad);
  } catch (e) {
    console.log('write', bad, '->', e.code);
  }
}

process.nextTick(() => {
  console.log('callbacks:', order.join(' '));
  console.log('still writable:', out.writable, 'destroyed:', out.destroyed, 'length:', out.writableLength);
});
