// Hello-world node:http server for bench/http.sh: prints its port, then serves
// "Hello, World!" to every request until killed.
'use strict';
const http = require('http');
const body = 'Hello, World!';
const server = http.createServer((req, res) => {
  res.setHeader('Content-Type', 'text/plain');
  res.end(body);
});
server.listen(Number(process.argv[2]) || 0, '127.0.0.1', () => {
  console.log(server.address().port);
});
