'use strict';
// path.win32: a normalized or joined relative result that would read as a
// drive ("C:x") or ends a segment with a colon gets a ".\" prefix; a path
// that itself starts with a device name and a colon keeps the device form.
const { win32 } = require('path');

const normalizeCases = [
  'test/../C:Windows', 'C:Windows', './C:x', '.\\C:foo', '..\\C:foo',
  'x/../ab:c', 'x/../a:', 'x/../ab:', 'x/../a/b:c', 'x/../a/b:', 'x/../1:foo',
  'x/../:foo', 'x/../a:b:c', 'CON:x', 'a/../CON:x', 'CON:', 'a/../CON:',
  'CON:/', 'a/../CON:/', 'a/../nul:foo:bar', 'x/../aux:', 'CON/', 'a/../CON/',
  '\\x/../C:y', 'C:x/../D:y',
];
for (const c of normalizeCases) {
  console.log('normalize', JSON.stringify(c), JSON.stringify(win32.normalize(c)));
}

const joinCases = [
  ['upload', '../', 'C:foo'], ['test', '..', 'D:foo'], ['a', '..', 'b:'],
  ['x', 'C:foo'], ['', 'C:foo'], ['.', 'C:foo'], ['a', '..', 'CON:x'],
];
for (const c of joinCases) {
  console.log('join', JSON.stringify(c), JSON.stringify(win32.join(...c)));
}
