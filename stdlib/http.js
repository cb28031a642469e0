'use strict';
// node:http. The pieces live in internal/http/*; the client half loads on
// first use of request/get/Agent so that a server does not pay for it.

const common = require('internal/http/common');
const { OutgoingMessage } = require('internal/http/outgoing');
const { IncomingMessage } = require('internal/http/incoming');
const server = require('internal/http/server');

let client;
function loadClient() {
  if (client === undefined) client = require('internal/http/client');
  return client;
}

function request(url, options, cb) {
  return new (loadClient().ClientRequest)(url, options, cb);
}

function get(url, options, cb) {
  const req = request(url, options, cb);
  req.end();
  return req;
}

module.exports = {
  _connectionListener: server.connectionListener,
  METHODS: common.METHODS.slice(),
  STATUS_CODES: common.STATUS_CODES,
  get Agent() { return require('internal/http/agent').Agent; },
  get ClientRequest() { return loadClient().ClientRequest; },
  IncomingMessage,
  OutgoingMessage,
  Server: server.Server,
  ServerResponse: server.ServerResponse,
  createServer: server.createServer,
  validateHeaderName: common.validateHeaderName,
  validateHeaderValue: common.validateHeaderValue,
  get,
  request,
  setMaxIdleHTTPParsers(max) {
    require('internal/validators').validateInteger(max, 'max', 1);
  },
  maxHeaderSize: 16384,
  get globalAgent() { return require('internal/http/agent').globalAgent; },
  set globalAgent(v) { require('internal/http/agent').setGlobalAgent(v); },
};
