'use strict';
// Legacy alias of stream.Duplex.
module.exports = require('internal/streams/duplex').Duplex;
