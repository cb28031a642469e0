'use strict';
// fs.watch on a directory and a file, close, the promise iterator with an
// abort signal, and watchFile/unwatchFile.
const fs = require('fs');
const { show } = require('./helpers/tmp');

fs.mkdirSync('w');
show('watch missing', () => fs.watch('missing'));
try {
  fs.watch('missing');
} catch (err) {
  console.log(err.filename, err.path, err.syscall);
}

function step1(next) {
  const events = [];
  const watcher = fs.watch('w', (type, name) => events.push(`${type}:${name}`));
  console.log(watcher instanceof require('events'), typeof watcher.ref, typeof watcher.unref);
  watcher.on('close', () => {
    console.log('dir events', [...new Set(events)].sort());
    next();
  });
  fs.writeFileSync('w/a.txt', '1');
  setTimeout(() => {
    fs.renameSync('w/a.txt', 'w/b.txt');
    setTimeout(() => {
      watcher.close();
      watcher.close();
    }, 100);
  }, 100);
}

function step2(next) {
  const events = [];
  const watcher = fs.watch('w/b.txt');
  watcher.on('change', (type, name) => events.push(`${type}:${name}`));
  fs.appendFileSync('w/b.txt', '2');
  setTimeout(() => {
    watcher.close();
    console.log('file events', [...new Set(events)]);
    next();
  }, 100);
}

function step3(next) {
  (async () => {
    const ac = new AbortController();
    setTimeout(() => fs.writeFileSync('w/c.txt', '1'), 50);
    try {
      for await (const ev of fs.promises.watch('w', { signal: ac.signal })) {
        console.log('iterator', ev.eventType, ev.filename);
        ac.abort();
      }
    } catch (err) {
      console.log('iterator end', err.name);
    }
    next();
  })();
}

function step4(next) {
  fs.writeFileSync('polled.txt', 'a');
  const listener = (curr, prev) => {
    console.log('watchFile', curr.size, prev.size, curr.isFile());
    fs.unwatchFile('polled.txt', listener);
    next();
  };
  fs.watchFile('polled.txt', { interval: 20 }, listener);
  setTimeout(() => fs.writeFileSync('polled.txt', 'abc'), 60);
}

function step5() {
  // An unref'd watcher does not keep the process alive.
  fs.watch('w', { persistent: false });
  fs.watchFile('polled.txt', { persistent: false, interval: 10 }, () => {});
  console.log('done');
}

step1(() => step2(() => step3(() => step4(step5))));
