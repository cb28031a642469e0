'use strict';
// node:_http_agent, the legacy name of http's Agent half.
const agent = require('internal/http/agent');

module.exports = {
  Agent: agent.Agent,
  get globalAgent() { return agent.globalAgent; },
  set globalAgent(v) { agent.setGlobalAgent(v); },
};
