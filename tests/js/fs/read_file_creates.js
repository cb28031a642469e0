// readFile/readFileSync with a flag that creates the file ('a+', 'w+')
// create it with mode 0o666 less the umask, as node does.
'use strict';
const fs = require('fs');
require('./helpers/tmp');

process.umask(0o022);
const mode = (f) => (fs.statSync(f).mode & 0o777).toString(8);
for (const [flag, encoding] of [['a+', undefined], ['a+', 'utf8'], ['w+', 'latin1'], ['ax+', 'hex']]) {
  const f = `sync-${flag}-${encoding}`;
  const content = fs.readFileSync(f, { flag, encoding });
  console.log('sync', flag, encoding, JSON.stringify(String(content)), mode(f));
}
fs.readFile('cb-a+', { flag: 'a+' }, (err, data) => {
  console.log('cb a+', err, data.length, mode('cb-a+'));
  process.umask(0o077);
  fs.readFile('cb-w+', { flag: 'w+', encoding: 'utf8' }, (err2, text) => {
    console.log('cb w+ umask 077', err2, JSON.stringify(text), mode('cb-w+'));
    console.log('sync umask 077', fs.readFileSync('sync-077', { flag: 'a+' }).length, mode('sync-077'));
  });
});
