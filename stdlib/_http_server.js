'use strict';
// node:_http_server, the legacy name of http's server half.
const server = require('internal/http/server');
const { STATUS_CODES } = require('internal/http/common');

module.exports = {
  STATUS_CODES,
  Server: server.Server,
  ServerResponse: server.ServerResponse,
  _connectionListener: server.connectionListener,
  kServerResponse: server.kServerResponse,
};
