'use strict';
// Legacy alias of stream.Transform.
module.exports = require('internal/streams/duplex').Transform;
