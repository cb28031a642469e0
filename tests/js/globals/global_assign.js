// Properties put on globalThis are visible everywhere, also in other modules.
globalThis.sharedValue = 'from main';
global.otherValue = 2;
console.log(require('../fixtures/misc/reads_global'));
console.log(typeof sharedValue, sharedValue, otherValue); // eslint-disable-line no-undef
delete globalThis.sharedValue;
console.log('after delete:', typeof sharedValue); // eslint-disable-line no-undef
