'use strict';
// path.posix.normalize and join: paths that are already normal come back
// unchanged (the fast path), and every '.', '..' and empty segment is still
// resolved, wherever it stands (first, last, after the root, alone).
const { posix } = require('path');

const cases = [
  '', '/', '//', '///a', 'a', 'a/', 'a//', 'a/b', '/a/b/', '.', '..', './', '../',
  'a/.', 'a/..', './a', '../a', '/..', '/.', '/./', '/../', 'a/./b', 'a/../b',
  '.a', '..a', 'a.', 'a..', '/a/.b/..c/', 'a/...', '.../a', '/a//b', 'a/b/.',
  'a/b/..', '/x/y/z.txt', 'x/.git/../', '../../a/b', '/../a', 'a/b/../../..',
  '/a/b/../../..', 'a\\b/./c', ' /a', 'a/ /b', '/tmp/dir/f1234.txt',
];
for (const c of cases) {
  console.log(JSON.stringify(c), JSON.stringify(posix.normalize(c)),
    JSON.stringify(posix.join(c, 'q')), JSON.stringify(posix.join('q', c)), JSON.stringify(posix.join(c)));
}

// Argument checks still come first.
for (const bad of [undefined, null, 1, {}]) {
  try {
    posix.normalize(bad);
    console.log('no throw for', String(bad));
  } catch (err) {
    console.log(err.name, err.code);
  }
}
try {
  posix.join('a', 2);
} catch (err) {
  console.log(err.name, err.code);
}
