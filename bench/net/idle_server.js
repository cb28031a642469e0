'use strict';
// Holds CONNS idle connections (bench/net.sh opens them from another
// process): prints its port once listening, then, when all have arrived,
// the RSS growth per connection, and exits.
const net = require('net');
const fs = require('fs');
const want = Number(process.env.CONNS || 10000);
function rssKiB() {
  const m = /VmRSS:\s+(\d+)/.exec(fs.readFileSync('/proc/self/status', 'utf8'));
  return Number(m[1]);
}
let count = 0;
let base = 0;
const server = net.createServer((sock) => {
  sock.on('error', () => {});
  if (++count === want) {
    setTimeout(() => {
      const rss = rssKiB();
      console.log(`idle ${count} rss_before_kib ${base} rss_after_kib ${rss} per_conn_bytes ${Math.round(((rss - base) * 1024) / count)}`);
      process.exit(0);
    }, 500);
  }
});
server.listen(0, '127.0.0.1', () => {
  setTimeout(() => {
    base = rssKiB();
    console.log(server.address().port);
  }, 200);
});
