// Unref'd timers do not keep the process alive, but fire while it is alive.
setInterval(() => console.log('unref interval fired (wrong: should exit first)'), 1000).unref();
setTimeout(() => console.log('unref timeout fired (wrong)'), 500).unref();
const short = setTimeout(() => console.log('unref 5ms fires while 30ms keeps the loop alive'), 5);
short.unref();
setTimeout(() => console.log('ref 30ms fired; now nothing keeps the loop alive'), 30);
process.on('exit', (code) => console.log('exit', code));
