'use strict';
// node:_http_incoming, the legacy name of http's IncomingMessage.
module.exports = { IncomingMessage: require('internal/http/incoming').IncomingMessage };
