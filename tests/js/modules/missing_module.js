// Missing modules throw MODULE_NOT_FOUND with a requireStack.
const path = require('path');
const rel = (p) => path.relative(__dirname, p);
for (const spec of ['./nope', 'no-such-package-anywhere', '../fixtures/basic/nope.js']) {
  try {
    require(spec);
  } catch (e) {
    console.log(e instanceof Error, e.code, '|', e.message.split('\n')[0]);
    console.log('  requireStack:', e.requireStack.map(rel));
    console.log('  message lists stack:', e.message.includes('\nRequire stack:\n- ' + __filename));
  }
}
try {
  require('../fixtures/errors/requires_missing');
} catch (e) {
  console.log(e.code, '|', e.message.split('\n')[0]);
  console.log('  requireStack:', e.requireStack.map(rel));
}
