// jolt-only: node:child_process is not written yet; it loads (packages
// require it at the top) and each function fails with a clear error.
const cp = require('child_process');
console.log(Object.keys(cp).join(' '));
for (const name of ['spawn', 'exec', 'execSync', 'fork', 'spawnSync']) {
  try {
    cp[name]('true');
  } catch (e) {
    console.log(e.code, e.message);
  }
}
