'use strict';
// crypto.randomUUID: RFC 9562 version 4 UUIDs, lower-case hex.
const re = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const seen = new Set();
let allMatch = true;
for (let i = 0; i < 500; i++) {
  const id = crypto.randomUUID();
  if (!re.test(id)) allMatch = false;
  seen.add(id);
}
console.log(typeof crypto.randomUUID(), crypto.randomUUID().length, allMatch, seen.size);
try {
  crypto.randomUUID.call({});
} catch (e) {
  console.log(e.name, e.code, e.message);
}
const nodeCrypto = require('crypto');
console.log(re.test(nodeCrypto.randomUUID()), re.test(nodeCrypto.randomUUID({ disableEntropyCache: true })));
for (const bad of [1, null, 'x']) {
  try {
    nodeCrypto.randomUUID(bad);
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
try {
  nodeCrypto.randomUUID({ disableEntropyCache: 1 });
} catch (e) {
  console.log(e.name, e.code, e.message);
}
