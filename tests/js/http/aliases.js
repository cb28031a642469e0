// The legacy module names (_http_agent, _http_client, ...) give the same
// classes as node:http.
'use strict';
const http = require('http');
console.log(require('_http_agent').Agent === http.Agent, require('_http_agent').globalAgent === http.globalAgent);
console.log(require('_http_client').ClientRequest === http.ClientRequest);
console.log(require('_http_incoming').IncomingMessage === http.IncomingMessage);
console.log(require('_http_outgoing').OutgoingMessage === http.OutgoingMessage);
console.log(require('_http_server').Server === http.Server, require('_http_server').ServerResponse === http.ServerResponse);
console.log(require('_http_server').STATUS_CODES === http.STATUS_CODES);
const c = require('_http_common');
console.log(c._checkIsHttpToken('X-Ok'), c._checkIsHttpToken('a b'), c._checkInvalidHeaderChar('a\nb'),
  c._checkInvalidHeaderChar('fine'), JSON.stringify(c.CRLF), c.methods.includes('GET'));
console.log(require('module').builtinModules.includes('_http_server'), require('node:_http_agent').Agent === http.Agent);
