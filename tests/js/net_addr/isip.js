'use strict';
// net.isIP / isIPv4 / isIPv6 on valid, malformed and non-string input.
const net = require('net');

const inputs = [
  '127.0.0.1', '0.0.0.0', '255.255.255.255', '10.0.0.255',
  '256.0.0.1', '01.2.3.4', '1.2.3.04', '00.0.0.0', '1.2.3', '1.2.3.4.5', '1.2.3.4.',
  ' 1.2.3.4', '1.2.3.4 ', '1.2.3.4\n', '0x1.2.3.4', '1e1.1.1.1', '1.2.3.4/24', '1.2.3.4%eth0',
  '::', '::1', '1::', 'FFFF::abcd', '1:2:3:4:5:6:7:8', '1:2:3:4:5:6:7::', '::1:2:3:4:5:6:7',
  '1:2:3:4:5:6::7', '0000:0000:0000:0000:0000:0000:0000:0001',
  '1:2:3:4:5:6:7:8:9', '1:2:3:4:5:6:7::8', '1::2::3', ':1', '1:', ':::', '12345::', '00000::1', 'gggg::',
  '::ffff:1.2.3.4', '::1.2.3.4', '1::1.2.3.4', '1:2:3:4:5:6:1.2.3.4', '1:2:3:4:5::1.2.3.4',
  '1:2:3:4:5:6:7:1.2.3.4', '1:2:3:4:5:6::1.2.3.4', '::ffff:01.2.3.4', '::ffff:256.2.3.4',
  '::ffff:1.2.3', '::1.2.3.4:1', '::/0', '[::1]',
  'fe80::1%eth0', 'fe80::1%a.b-c:d', '::1%1', '::%eth0', '::ffff:1.2.3.4%eth0', '1:2:3:4:5:6:7:8%z',
  'fe80::1%', 'fe80::1%a b', 'fe80::1%eth0%1', 'fe80::1%\u00e9',
  '', 'x', 'localhost',
];
for (const s of inputs) {
  console.log(JSON.stringify(s), net.isIP(s), net.isIPv4(s), net.isIPv6(s));
}

// Non-strings are converted to strings first.
const others = [123, null, undefined, {}, [], true, new String('1.2.3.4'),
  { toString() { return '::1'; } }, ['1.2.3.4'], 0x7f000001];
for (const v of others) {
  console.log(typeof v, net.isIP(v), net.isIPv4(v), net.isIPv6(v));
}
console.log(net.isIP.length, net.isIPv4.length, net.isIPv6.length);
