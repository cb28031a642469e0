// tty.isatty: true only for a terminal fd; any other value (files, pipes,
// closed or out-of-range fds, non-integers) is false, never an error.
const tty = require('tty');
const fs = require('fs');
console.log(Object.keys(tty));
console.log('stdin (/dev/null):', tty.isatty(0));
for (const v of [-1, 1.5, 99999, 2 ** 40, '0', null, undefined, NaN]) {
  console.log(String(v), tty.isatty(v));
}
console.log(typeof tty.ReadStream, typeof tty.WriteStream);
