'use strict';
// write() then destroy() in the same tick: the bytes still reach the peer
// (they go to the kernel before the socket closes), on every engine.
const net = require('net');

function sendThenDestroy(port, writes) {
  return new Promise((resolve) => {
    const c = net.connect(port, '127.0.0.1', () => {
      for (const w of writes) c.write(w);
      c.destroy();
      console.log('destroyed', c.destroyed);
    });
    c.on('close', resolve);
  });
}

let report;
const server = net.createServer((peer) => {
  let got = '';
  peer.setEncoding('utf8');
  peer.on('data', (d) => { got += d; });
  peer.on('error', (e) => console.log('peer error', e.code));
  peer.on('close', () => report(got));
});
server.listen(0, '127.0.0.1', async () => {
  const { port } = server.address();
  for (const writes of [['hello'], ['one ', Buffer.from('two '), 'three']]) {
    const received = new Promise((resolve) => { report = resolve; });
    await sendThenDestroy(port, writes);
    console.log('peer got', JSON.stringify(await received));
  }
  server.close();
});
