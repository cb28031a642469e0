// jolt-only: the parts of node:crypto not written yet throw ERR_JOLT_NOT_IMPLEMENTED naming themselves
'use strict';
const c = require('crypto');
for (const name of ['createHash', 'createHmac', 'pbkdf2Sync', 'timingSafeEqual', 'getHashes']) {
  try {
    c[name]('sha256');
  } catch (e) {
    console.log(name, e.code, e.message);
  }
}
try {
  new c.Hash('sha256');
} catch (e) {
  console.log('Hash', e.code, e.message);
}
console.log(typeof c.subtle, typeof c.webcrypto.subtle);
