// node:http's tables, header checks and the header methods of OutgoingMessage,
// with their error codes and messages.
'use strict';
const http = require('http');

console.log(http.METHODS.length, http.METHODS.includes('GET'), http.METHODS.includes('QUERY'));
console.log(http.STATUS_CODES[200], http.STATUS_CODES[404], http.STATUS_CODES[418], http.STATUS_CODES[999]);
console.log(http.maxHeaderSize);

function attempt(label, fn) {
  try {
    const v = fn();
    console.log(label, 'ok', v === undefined ? '' : v);
  } catch (e) {
    console.log(label, e.code, e.name, e.message);
  }
}

attempt('name space', () => http.validateHeaderName('a b'));
attempt('name empty', () => http.validateHeaderName(''));
attempt('name number', () => http.validateHeaderName(1));
attempt('name ok', () => http.validateHeaderName('X-Good_Name.1~'));
attempt('value undefined', () => http.validateHeaderValue('x'));
attempt('value newline', () => http.validateHeaderValue('x', 'a\nb'));
attempt('value number', () => http.validateHeaderValue('x', 1));
attempt('value latin1', () => http.validateHeaderValue('x', 'caf\u00e9'));
attempt('value wide', () => http.validateHeaderValue('x', '\u20ac'));
attempt('value tab', () => http.validateHeaderValue('x', 'a\tb'));

const req = { method: 'GET', httpVersionMajor: 1, httpVersionMinor: 1, headers: {} };
const res = new http.ServerResponse(req);
attempt('setHeader bad name', () => res.setHeader('a b', 1));
attempt('setHeader no value', () => res.setHeader('x'));
attempt('writeHead 99', () => res.writeHead(99));
attempt('writeHead 1000', () => res.writeHead(1000));
attempt('writeHead abc', () => res.writeHead('abc'));
attempt('writeHead bad reason', () => new http.ServerResponse(req).writeHead(200, 'a\nb'));
attempt('setHeader latin1', () => new http.ServerResponse(req).setHeader('x', 'caf\u00e9').getHeader('x'));
attempt('getHeader number', () => res.getHeader(1));
attempt('removeHeader number', () => res.removeHeader(1));
attempt('hasHeader number', () => res.hasHeader(1));
attempt('appendHeader undefined', () => res.appendHeader('x', undefined));
attempt('write number', () => res.write(1));

res.setHeader('X-A', [1, 2]);
res.appendHeader('x-a', '3');
res.setHeader('Y', 5);
res.setHeader('Content-Type', 'text/plain');
console.log(res.getHeaders());
console.log(res.getHeaderNames(), res.getRawHeaderNames());
console.log(res.getHeader('X-a'), res.getHeader('y'), res.hasHeader('CONTENT-TYPE'), res.hasHeader('nope'));
res.removeHeader('y');
console.log(res.getHeaderNames(), res.headersSent, res.statusCode, res.statusMessage);
console.log(res.writableEnded, res.writableFinished, res.finished, res.sendDate);
console.log(typeof http.Agent, typeof http.globalAgent, http.globalAgent instanceof http.Agent);
console.log(http.globalAgent.keepAlive, http.globalAgent.maxSockets, http.globalAgent.maxFreeSockets);
console.log(new http.Agent().getName({ host: 'a', port: 8 }), new http.Agent().getName({}));
attempt('https url', () => http.request('https://example.com/'));
attempt('bad method', () => http.request({ method: 'BAD METHOD', createConnection() {} }));
attempt('bad path', () => http.request({ path: '/a b', createConnection() {} }));
attempt('host number', () => http.request({ host: 1, createConnection() {} }));
attempt('header name', () => http.request({ headers: { 'a b': 1 }, createConnection() {} }));
const s = http.createServer();
console.log(s.headersTimeout, s.requestTimeout, s.keepAliveTimeout, s.timeout, s.maxHeadersCount,
  s.maxRequestsPerSocket);
console.log(s instanceof require('net').Server, s instanceof http.Server);
attempt('server options', () => http.createServer('x'));
