// beforeExit receives process.exitCode.
process.exitCode = 2;
process.on('beforeExit', (code) => console.log('beforeExit code', code));
