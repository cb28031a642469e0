'use strict';
// Legacy alias of stream.Readable.
module.exports = require('internal/streams/readable').Readable;
