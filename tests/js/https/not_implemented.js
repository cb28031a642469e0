// jolt-only: node:https needs TLS, which Jolt lacks; the module loads and each call fails naming itself
'use strict';
const https = require('node:https');
console.log(require('module').isBuiltin('https'), Object.keys(https).sort().join(' '));
for (const name of ['request', 'get', 'createServer']) {
  try {
    https[name]('https://127.0.0.1/');
  } catch (e) {
    console.log(e.code, e.message);
  }
}
try {
  new https.Agent();
} catch (e) {
  console.log(e.code, e.message);
}
