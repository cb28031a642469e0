// abort() of a request whose response arrived whole but is not read yet:
// no more 'data' is delivered (the buffered body goes unread), the response
// still ends and closes, as in node.
'use strict';
const http = require('http');
const big = http.createServer((q, s) => { s.writeHead(200); for (let i = 0; i < 200; i++) s.write(`chunk ${i} `); s.end(); });
big.listen(0, () => {
  const q = http.get({ port: big.address().port }, (res) => {
    res.pause();
    setTimeout(() => {
      console.log('complete before resume', res.complete, 'readableLength>0', res.readableLength > 0);
      let late = 0;
      res.on('data', () => { if (q.aborted) late++; else q.abort(); });
      res.on('end', () => console.log('res end'));
      res.on('aborted', () => console.log('res aborted'));
      res.on('error', (e) => console.log('res error', e.code));
      res.on('close', () => console.log('res close, late', late, 'destroyed', res.destroyed));
      res.resume();
    }, 100);
  });
  q.on('close', () => { console.log('req close'); big.close(); });
  q.on('error', (e) => console.log('req error', e.code));
});
