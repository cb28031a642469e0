// watchFile on a path that does not exist yet: the listener hears about it
// at once (zeroed stats for both), then again when the file appears, and
// once when it goes away; stop() on a stopped watcher emits no second 'stop'.
'use strict';
const fs = require('fs');
require('./helpers/tmp');

const events = [];
const summary = (s) => `ino>0:${s.ino > 0} size:${s.size} mtimeMs:${s.mtimeMs > 0 ? '>0' : s.mtimeMs}`;
let step = 0;
const watcher = fs.watchFile('later.txt', { interval: 20 }, (curr, prev) => {
  events.push(`change curr(${summary(curr)}) prev(${summary(prev)})`);
  step++;
  if (step === 1) {
    fs.writeFileSync('later.txt', 'abc');
  } else if (step === 2) {
    fs.unlinkSync('later.txt');
  } else {
    fs.unwatchFile('later.txt');
    watcher.stop();
  }
});
watcher.on('stop', () => {
  events.push('stop');
  setTimeout(() => console.log(events.join('\n')), 100);
});
