// flags: --expose-gc
'use strict';
// destroy() while a large write is still going out: the bytes the peer gets
// are a prefix of what was written (never bytes from buffers freed or reused
// after the destroy), the rest is dropped (the peer sees the end, not the
// whole write), and many sockets doing write + destroy at once crash nothing.
const net = require('net');

const kHead = 4 * 1024 * 1024;
const kPiece = 60000;
const kPieces = 15;
const kTotal = kHead + kPiece * kPieces;

// Writes more than the socket buffers hold (a big Buffer, then text pieces
// that go out with it), destroys the socket while the rest waits for room,
// then writes other text elsewhere (which may reuse the memory the cut
// writes used) and collects garbage, and only then lets the peer read.
function oneCutWrite() {
  return new Promise((resolve) => {
    let other;
    const server = net.createServer({ pauseOnConnect: true }, (peer) => {
      if (other === undefined) {
        other = peer;
        return;
      }
      other.resume();
      setTimeout(() => {
        let total = 0;
        let clean = true;
        peer.on('data', (d) => {
          for (let i = 0; i < d.length; i++) if (d[i] !== 0x61) clean = false;
          total += d.length;
        });
        peer.on('error', () => {});
        peer.on('close', () => {
          other.destroy();
          server.close();
          resolve({ clean, cut: total > 0 && total < kTotal });
        });
        peer.resume();
      }, 150);
    });
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      const bystander = net.connect(port, '127.0.0.1', () => {
        const c = net.connect(port, '127.0.0.1', () => {
          c.write(Buffer.alloc(kHead, 0x61));
          for (let i = 0; i < kPieces; i++) c.write('a'.repeat(kPiece));
          setTimeout(() => {
            c.destroy();
            for (let i = 0; i < kPieces; i++) bystander.write('z'.repeat(kPiece));
            global.gc();
            const junk = [];
            for (let i = 0; i < 8; i++) junk.push(Buffer.alloc(1 << 20, 0x7a));
            global.gc();
          }, 50);
        });
        c.on('error', () => {});
      });
      bystander.on('error', () => {});
    });
  });
}

function hammer(rounds) {
  return new Promise((resolve) => {
    let received = 0;
    let closed = 0;
    const server = net.createServer((peer) => {
      peer.on('data', (d) => { received += d.length; });
      peer.on('error', () => {});
    });
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      for (let i = 0; i < rounds; i++) {
        const c = net.connect(port, '127.0.0.1', () => {
          for (let k = 0; k < 20; k++) c.write(k % 2 ? 'x'.repeat(70000) : Buffer.alloc(50000, k));
          if (i % 3 === 0) c.destroy();
          else setImmediate(() => c.destroy());
        });
        c.on('error', () => {});
        c.on('close', () => {
          if (++closed === rounds) {
            global.gc();
            server.close();
            resolve(received >= 0);
          }
        });
      }
    });
  });
}

(async () => {
  console.log('write cut by destroy:', await oneCutWrite());
  console.log('again:', await oneCutWrite());
  console.log('write + destroy on 60 sockets:', await hammer(60));
})();
