'use strict';
// A SIGTERM listener replaces the default action (the process lives on); a
// SIGPIPE sent to the process without listeners is ignored, as node ignores
// it from start-up; aliases (SIGIOT for SIGABRT) deliver their own name.
const keepAlive = setTimeout(() => console.log('timed out'), 5000);
const log = [];

process.kill(process.pid, 'SIGPIPE');
process.on('SIGTERM', (name, number) => {
  log.push(`${name} ${number}`);
  process.removeAllListeners('SIGTERM');
  process.on('SIGIOT', (n, num) => log.push(`${n} ${num}`));
  process.on('SIGABRT', (n, num) => {
    log.push(`${n} ${num}`);
    process.removeAllListeners('SIGIOT');
    process.removeAllListeners('SIGABRT');
    clearTimeout(keepAlive);
    console.log(log.sort().join('\n'));
  });
  process.kill(process.pid, 'SIGABRT');
});
process.kill(process.pid);
