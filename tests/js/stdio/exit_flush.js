// Writes made right before process.exit() are all in the output: stdout
// writes complete synchronously.
let text = '';
for (let i = 0; i < 2000; i++) text = `line ${i}\n`, process.stdout.write(text);
process.stdout.write('x'.repeat(200000).slice(0, 5) + '\n');
process.stdout.write(Buffer.alloc(300000, 'y').subarray(299990));
process.stdout.write('\nlast line before exit\n');
process.exit(3);
