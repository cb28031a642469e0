'use strict';
// path.win32.relative compares case-insensitively; lower-casing U+0130
// yields two code units, which must not shift the segment boundaries
// used to slice the target path.
const { win32 } = require('path');

const paths = [
  'c:\\a\\\u0130', 'c:\\\u0130\\a', 'c:\\i\u0307\\b\\X', '\\\\srv\\\u0130\\x',
  '\\\\srv\\i\u0307\\y\\z', 'c:\\', 'c:\\\u0130\u0130\\\u0130', 'C:\\A\\B\\',
  'd:\\\u0130', 'c:\\a\\\u0130\\test.txt', 'c:\\\u0130\\b\\\u0130\\test.txt',
  'c:\\\u0130\\a\\i\u0307',
];
for (const from of paths) {
  for (const to of paths) {
    console.log(JSON.stringify(from), '->', JSON.stringify(to), '=', JSON.stringify(win32.relative(from, to)));
  }
}
