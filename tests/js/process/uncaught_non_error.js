// Throwing a non-Error value: stderr shows it; exit 1. (JSC reports no position for a thrown non-Error, so the file:line context node prints is not asserted.)
console.log('throwing a string');
throw 'a plain string'; // eslint-disable-line no-throw-literal
