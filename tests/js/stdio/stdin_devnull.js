// stdin is /dev/null in a test run: a file-backed Readable that ends at
// once; fs.readFileSync(0) reads nothing; readline closes without lines.
const fs = require('fs');
const stream = require('stream');

const stdin = process.stdin;
console.log('Readable:', stdin instanceof stream.Readable, 'class:', stdin.constructor.name);
console.log('fd:', stdin.fd, 'isTTY:', stdin.isTTY, 'readable:', stdin.readable, 'flowing:', stdin.readableFlowing);
console.log('readFileSync(0):', JSON.stringify(fs.readFileSync(0, 'utf8')));
const events = [];
stdin.on('data', (d) => events.push(`data ${d.length}`));
stdin.on('end', () => {
  events.push('end');
  const rl = require('readline').createInterface({ input: fs.createReadStream('/dev/null') });
  rl.on('line', (l) => events.push(`line ${l}`));
  rl.on('close', () => {
    events.push('readline close');
    console.log(events.join(', '));
  });
});
