'use strict';
// node:_http_client, the legacy name of http's ClientRequest.
module.exports = { ClientRequest: require('internal/http/client').ClientRequest };
