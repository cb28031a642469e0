'use strict';
// node:child_process is not written yet. The module loads, so that the many
// packages that require it at the top but spawn only on some paths (command
// line parsers with sub-commands, for one) work; every function fails with
// ERR_JOLT_NOT_IMPLEMENTED naming itself when called.

const { standIn } = require('internal/not_implemented');

const placeholder = (name) => standIn('child_process.', name);
const ChildProcess = placeholder('ChildProcess');

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
