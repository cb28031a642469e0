'use strict';
// A scratch directory for one fs test: created under os.tmpdir(), made the
// working directory (so every path a test prints is relative), and removed
// when the process exits.
const fs = require('fs');
const os = require('os');
const path = require('path');

const home = process.cwd();
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jolt-fs-test-'));
process.chdir(dir);
process.on('exit', () => {
  process.chdir(home);
  fs.rmSync(dir, { recursive: true, force: true });
});

// Runs fn and prints what it threw (name, code, message), or its result.
function show(label, fn) {
  try {
    const value = fn();
    console.log(label, 'ok', value === undefined ? '' : value);
  } catch (err) {
    console.log(label, err.name, err.code, err.message);
  }
}

// Same for a promise.
async function showAsync(label, promise) {
  try {
    const value = await promise;
    console.log(label, 'ok', value === undefined ? '' : value);
  } catch (err) {
    console.log(label, err.name, err.code, err.message);
  }
}

module.exports = { dir, show, showAsync };
