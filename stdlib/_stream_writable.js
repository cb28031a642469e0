'use strict';
// Legacy alias of stream.Writable.
module.exports = require('internal/streams/writable').Writable;
