// Command-line parsers from npm: minimist and commander (which requires
// node:child_process at load time, for sub-commands).
const minimist = require('minimist');
console.log(minimist(['-x', '3', '--name=bob', 'rest', '--no-color', '-abc', '--', '--raw']));
console.log(minimist(['--n', '5', '-v', '-v'], { boolean: ['v'], string: ['n'], alias: { n: 'num' } }));

const { Command, InvalidArgumentError } = require('commander');
const program = new Command();
program.name('tool').exitOverride().configureOutput({ writeOut: (s) => console.log('OUT', s.trim()), writeErr: (s) => console.log('ERR', s.trim()) });
program.option('-d, --debug', 'debug output').option('-p, --port <n>', 'port', (v) => {
  const n = Number(v);
  if (!Number.isInteger(n)) throw new InvalidArgumentError('Not a number.');
  return n;
}, 80);
program.command('serve <dir>').option('--open').action((dir, opts) => console.log('serve', dir, opts));
program.parse(['node', 'tool', '-d', '-p', '8080', 'serve', 'public', '--open']);
console.log(program.opts());
try {
  new Command().exitOverride().configureOutput({ writeErr: (s) => console.log('ERR', s.trim()) })
    .option('-p, --port <n>').parse(['node', 'x', '--bogus']);
} catch (e) {
  console.log(e.code, e.exitCode);
}
console.log(program.helpInformation());
