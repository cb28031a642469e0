'use strict';
// run() with testNamePatterns and testSkipPatterns: filtered tests are not
// reported at all.
const { printEvents } = require('./helpers/events');
printEvents(['names.js'], { testNamePatterns: ['alpha'] }).on('test:summary', (data) => {
  if (data.file !== undefined) return;
  console.log('---');
  printEvents(['names.js'], { testSkipPatterns: [/alpha/i] }).on('test:summary', (d) => {
    if (d.file !== undefined) return;
    console.log('---');
    printEvents(['names.js'], { testNamePatterns: '/^alpha$/i' });
  });
});
