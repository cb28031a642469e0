'use strict';
// Opens CONNS idle connections to PORT and keeps them until killed.
const net = require('net');
const want = Number(process.env.CONNS || 10000);
const port = Number(process.env.PORT);
let open = 0;
function one() {
  const c = net.connect(port, '127.0.0.1');
  c.on('error', () => {});
  c.on('connect', () => {
    if (++open <= want - 50) one();
  });
}
// 50 connects in flight at a time, CONNS in all.
for (let i = 0; i < 50; i++) one();
