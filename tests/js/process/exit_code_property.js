// process.exitCode sets the status of a normal exit.
process.exitCode = 7;
console.log('exitCode:', process.exitCode);
setTimeout(() => console.log('the loop still runs to completion'), 5);
