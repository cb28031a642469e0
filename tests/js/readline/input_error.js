// An error on the input reaches the interface as its own error event;
// the interface is not closed by it.
const readline = require('readline');
const { PassThrough } = require('stream');
const input = new PassThrough();
const rl = readline.createInterface({ input });
rl.on('error', (e) => console.log('rl error', e.message));
rl.on('close', () => console.log('close'));
input.destroy(new Error('boom'));
setTimeout(() => console.log('closed?', rl.closed, input.listenerCount('error')), 20);
