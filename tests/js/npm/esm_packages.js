// ES-module-only packages (uuid, yargs) loaded with import() from
// CommonJS, and require() of the same ES modules.
(async () => {
  const uuid = await import('uuid');
  const v4 = uuid.v4();
  console.log(uuid.validate(v4), uuid.version(v4), uuid.validate('not-a-uuid'));
  const bytes = uuid.parse('6ba7b811-9dad-11d1-80b4-00c04fd430c8');
  console.log(bytes.length, uuid.stringify(bytes), uuid.NIL, uuid.version(uuid.v7()));
  console.log(require('uuid').validate === uuid.validate);

  const { default: yargs } = await import('yargs');
  const argv = yargs(['serve', '--port', '8080', '-v', '--name=demo', 'extra'])
    .command('serve', 'start it')
    .option('port', { type: 'number', default: 80 })
    .option('v', { alias: 'verbose', type: 'boolean' })
    .strict(false)
    .parse();
  console.log(argv._, argv.port, argv.verbose, argv.v, argv.name);
  const { hideBin } = await import('yargs/helpers');
  console.log(hideBin(['node', 'script.js', '--flag']));
})();
