// existsSync never throws; an argument of a wrong type (not a bad URL
// scheme or a null byte) draws DEP0187 once per process. exists() checks
// its callback but reports any bad path as false.
'use strict';
const fs = require('fs');
const { show } = require('./helpers/tmp');

const seen = [];
process.on('warning', (w) => seen.push(`${w.name} ${w.code} ${w.message}`));

show('url https', () => fs.existsSync(new URL('https://foo')));
show('null byte', () => fs.existsSync('a\u0000b'));
show('buffer', () => fs.existsSync(Buffer.from('.')));
setImmediate(() => {
  console.log('warnings so far:', seen.length);
  show('no argument', () => fs.existsSync());
  show('object', () => fs.existsSync({}));
  show('number', () => fs.existsSync(5));
  show('exists no callback', () => fs.exists('.'));
  show('exists object callback', () => fs.exists('.', {}));
  fs.exists({}, (v) => {
    console.log('exists({}):', v);
    setImmediate(() => console.log(seen));
  });
});
