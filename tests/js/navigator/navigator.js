'use strict';
// The navigator global.
console.log(navigator, typeof navigator.hardwareConcurrency,
  Number.isInteger(navigator.hardwareConcurrency) && navigator.hardwareConcurrency >= 1);
console.log(navigator.language, navigator.languages, Object.isFrozen(navigator.languages),
  navigator.languages === navigator.languages);
console.log(navigator.platform === `Linux ${process.arch === 'x64' ? 'x86_64' : 'aarch64'}`);
console.log(navigator.userAgent, navigator.userAgent === `Node.js/${process.versions.node.split('.')[0]}`);
console.log(navigator instanceof Navigator, Object.keys(navigator), Object.getOwnPropertyNames(navigator));
for (const key of ['hardwareConcurrency', 'language', 'languages', 'userAgent', 'platform']) {
  const d = Object.getOwnPropertyDescriptor(Navigator.prototype, key);
  console.log(key, typeof d.get, d.set, d.enumerable, d.configurable);
}
try {
  new Navigator();
} catch (e) {
  console.log(e.name, e.code, e.message);
}
let threw = false;
try {
  Object.getOwnPropertyDescriptor(Navigator.prototype, 'language').get.call({});
} catch (e) {
  threw = e instanceof TypeError;
}
console.log('brand check', threw);
