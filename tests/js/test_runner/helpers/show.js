'use strict';
// Prints a label and what f() returns, or the error it throws.
module.exports = function show(label, f) {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, 'threw', e.name, e.code, e.message);
  }
};
