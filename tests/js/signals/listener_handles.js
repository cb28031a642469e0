'use strict';
// A SIGTERM listener replaces the default action (the process lives on); a
// SIGPIPE sent to the process without listeners is ignored, as node ignores
// it from start-up; aliases (SIGIOT for SIGABRT) deliver their own name
// (in no fixed order).
const keepAlive = setTimeout(() => console.log('timed out'), 5000);
const log = [];

function onAbort(name, number) {
  log.push(`${name} ${number}`);
  if (log.length < 3) return;
  process.removeAllListeners('SIGIOT');
  process.removeAllListeners('SIGABRT');
  clearTimeout(keepAlive);
  console.log(log.sort().join('\n'));
}

process.kill(process.pid, 'SIGPIPE');
process.on('SIGTERM', (name, number) => {
  log.push(`${name} ${number}`);
  process.removeAllListeners('SIGTERM');
  process.on('SIGIOT', onAbort);
  process.on('SIGABRT', onAbort);
  process.kill(process.pid, 'SIGABRT');
});
process.kill(process.pid);
