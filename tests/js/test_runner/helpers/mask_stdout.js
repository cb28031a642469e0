'use strict';
// Masks durations and stack frames in everything written to stdout, so a
// script's own reporter output can be compared.
const write = process.stdout.write;
process.stdout.write = function maskedWrite(chunk, ...rest) {
  const text = `${chunk}`
    .replace(/\([\d.e-]+ms\)/g, '(<ms>)')
    .replace(/duration_ms:? [\d.e-]+/g, 'duration_ms <masked>')
    .split('\n').filter((line) => !/^\s+at /.test(line)).join('\n');
  return write.call(this, text, ...rest);
};
