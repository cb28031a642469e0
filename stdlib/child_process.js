'use strict';
// node:child_process is not written yet. The module loads, so that the many
// packages that require it at the top but spawn only on some paths (command
// line parsers with sub-commands, for one) work; every function fails with
// ERR_JOLT_NOT_IMPLEMENTED naming itself when called.

function notYet(name) {
  const { codes } = require('internal/errors');
  return new codes.ERR_JOLT_NOT_IMPLEMENTED(`child_process.${name}()`);
}

function placeholder(name) {
  return { [name]() { throw notYet(name); } }[name];
}

function ChildProcess() {
  throw notYet('ChildProcess');
}

module.exports = {
  _forkChild: placeholder('_forkChild'),
  ChildProcess,
  exec: placeholder('exec'),
  execFile: placeholder('execFile'),
  execFileSync: placeholder('execFileSync'),
  execSync: placeholder('execSync'),
  fork: placeholder('fork'),
  spawn: placeholder('spawn'),
  spawnSync: placeholder('spawnSync'),
};
