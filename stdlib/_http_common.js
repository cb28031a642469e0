'use strict';
// node:_http_common: the documented-by-use helpers of the old http internals
// (token and header-character checks, the method list).
const common = require('internal/http/common');

module.exports = {
  _checkInvalidHeaderChar(value) { return common.scanValue(String(value)) < 0; },
  _checkIsHttpToken(value) { return typeof value === 'string' && common.isToken(value); },
  CRLF: '\r\n',
  methods: common.METHODS.slice().sort(),
  continueExpression: /(^|[^\w])100-continue([^\w]|$)/i,
  chunkExpression: /(^|[^\w])chunked([^\w]|$)/i,
};
