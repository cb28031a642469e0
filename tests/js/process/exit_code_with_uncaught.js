// An uncaught exception exits with 1 even when process.exitCode was set.
process.exitCode = 5;
process.on('exit', (code) => console.log('exit listener code', code));
throw new Error('uncaught after exitCode = 5');
