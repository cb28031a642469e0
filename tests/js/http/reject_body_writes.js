// rejectNonStandardBodyWrites: true makes a body written to a response that
// may not have one (HEAD, 204, 304) throw ERR_HTTP_BODY_NOT_ALLOWED; by
// default the body is dropped silently.
'use strict';
const http = require('http');

function attempt(label, fn) {
  try {
    console.log(label, 'returned', fn());
  } catch (e) {
    console.log(label, e.code, e.name, e.message);
  }
}

function serve(options, name) {
  return http.createServer(options, (req, res) => {
    if (req.url === '/304') res.writeHead(304);
    attempt(name + ' ' + req.method + req.url + ' write empty', () => res.write(''));
    attempt(name + ' ' + req.method + req.url + ' write', () => res.write('body'));
    attempt(name + ' ' + req.method + req.url + ' end(body)', () => res.end(Buffer.from('x')) === res);
    console.log('headersSent', res.headersSent, 'ended', res.writableEnded);
    if (!res.writableEnded) res.end();
  });
}

async function main() {
  for (const [options, name] of [[{ rejectNonStandardBodyWrites: true }, 'reject'], [{}, 'default']]) {
    const server = serve(options, name);
    await new Promise((r) => server.listen(0, '127.0.0.1', r));
    const port = server.address().port;
    for (const [method, path] of [['HEAD', '/'], ['GET', '/304']]) {
      await new Promise((resolve) => {
        http.request({ port, host: '127.0.0.1', method, path }, (res) => {
          res.resume();
          res.on('end', () => {
            console.log('client', method, path, res.statusCode);
            resolve();
          });
        }).end();
      });
    }
    server.close();
  }
  try {
    http.createServer({ rejectNonStandardBodyWrites: 'yes' });
  } catch (e) {
    console.log(e.code);
  }
}
main();
