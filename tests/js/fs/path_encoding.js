'use strict';
// Paths reach the system as UTF-8 (ASCII ones by a shortcut in jolt):
// non-ASCII characters, astral ones, lone surrogates (written as U+FFFD),
// a NUL (refused), and names near and past the length limits.
const fs = require('fs');
require('./helpers/tmp');

const names = [
  'plain.txt', 'caf\u00e9', '\u00e9\uD800', 'a\uD800b', 'x\uDC00', '\u{1F600}z', 'n\u0000ul',
  'long' + 'y'.repeat(251), 'y'.repeat(256), 'lat' + 'y'.repeat(251) + '\u00ff', '\u00ff'.repeat(128),
];
for (const n of names) {
  try {
    fs.writeFileSync(n, n);
    const back = fs.readFileSync(n, 'utf8');
    console.log(JSON.stringify(n.slice(0, 12)), n.length, 'ok', back === n.toWellFormed());
  } catch (e) {
    console.log(JSON.stringify(n.slice(0, 12)), n.length, e.code, e.message.slice(0, 60));
  }
}
console.log(fs.readdirSync('.', 'buffer').map((b) => `${b.length} ${b.toString('hex').slice(0, 24)}`).sort().join('\n'));
(async () => {
  const got = await Promise.all(['caf\u00e9', 'plain.txt', 'a\uD800b'].map((n) => fs.promises.readFile(n, 'utf8')));
  console.log(got.map((s) => JSON.stringify(s)).join(' '));
})();
