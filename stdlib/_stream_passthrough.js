'use strict';
// Legacy alias of stream.PassThrough.
module.exports = require('internal/streams/duplex').PassThrough;
