'use strict';
// node:https needs TLS, which Jolt does not have yet. The module loads, so
// packages that require it at the top but make only http: requests keep
// working; every function and constructor fails with ERR_JOLT_NOT_IMPLEMENTED
// naming itself when called.
const { standIn } = require('internal/not_implemented');

const missing = (name) => standIn('https.', name, ' (no TLS)');

module.exports = {
  Agent: missing('Agent'),
  Server: missing('Server'),
  createServer: missing('createServer'),
  get: missing('get'),
  request: missing('request'),
};
