'use strict';
// node:_http_outgoing, the legacy name of http's OutgoingMessage.
const outgoing = require('internal/http/outgoing');

module.exports = {
  OutgoingMessage: outgoing.OutgoingMessage,
  validateHeaderName: outgoing.validateHeaderName,
  validateHeaderValue: outgoing.validateHeaderValue,
};
