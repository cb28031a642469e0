'use strict';
// net.BlockList: rules, check() across families (IPv4-mapped addresses),
// toJSON/fromJSON and argument errors.
const net = require('net');
const util = require('util');
const { BlockList, SocketAddress } = net;

function show(fn) {
  try {
    console.log('ok', util.inspect(fn()));
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}

const b = new BlockList();
console.log(b, BlockList.isBlockList(b), BlockList.isBlockList({}), BlockList.isBlockList(null));
console.log(util.inspect(b, { depth: -1 }), util.inspect({ x: { y: b } }, { depth: 1 }));
b.addAddress('1.2.3.4');
b.addRange('10.0.0.1', '10.0.0.10');
b.addRange('8592:757c:efae:4e45::', '8592:757c:efae:4e45::f', 'ipv6');
b.addSubnet('192.168.0.0', 16);
b.addSubnet('8592:757c:efae:4e45::', 64, 'ipv6');
console.log(b.rules);
console.log(b);
console.log(b.toJSON(), JSON.stringify(b), b.rules === b.rules);

const cases = [
  ['1.2.3.4'], ['1.2.3.5'], ['10.0.0.1'], ['10.0.0.5'], ['10.0.0.10'], ['10.0.0.11'], ['9.255.255.255'],
  ['192.168.255.255'], ['192.169.0.0'], ['::ffff:1.2.3.4', 'ipv6'], ['::ffff:192.168.1.1', 'ipv6'],
  ['::ffff:0102:0304', 'ipv6'], ['::102:304', 'ipv6'], ['8592:757c:efae:4e45::3', 'ipv6'],
  ['8592:757c:efae:4e45:1::3', 'ipv6'], ['8592:757c:efae:4e46::', 'ipv6'], ['1.2.3.4', 'ipv6'],
  ['::ffff:1.2.3.4'], ['x'], ['1.2.3.4', 'x'], ['1.2.3.4', 'IPV4'], ['', 'ipv4'],
];
for (const [a, f] of cases) console.log(a, f, b.check(a, f));
console.log(b.check(new SocketAddress({ address: '10.0.0.2' })));
console.log(b.check(new SocketAddress({ address: '::ffff:10.0.0.2', family: 'ipv6' }), 5));

// An IPv6 rule over mapped addresses covers plain IPv4, and the reverse.
const m = new BlockList();
m.addAddress('::ffff:1.2.3.4', 'ipv6');
m.addSubnet('::ffff:10.0.0.0', 104, 'ipv6');
m.addRange('::ffff:20.0.0.0', '::ffff:20.0.0.9', 'ipv6');
console.log(m.rules, m.check('1.2.3.4'), m.check('10.9.9.9'), m.check('11.0.0.0'), m.check('20.0.0.9'),
  m.check('20.0.0.10'));
const all4 = new BlockList();
all4.addSubnet('0.0.0.0', 0);
console.log(all4.check('255.1.1.1'), all4.check('::1', 'ipv6'), all4.check('::ffff:1.1.1.1', 'ipv6'));
const all6 = new BlockList();
all6.addSubnet('::', 0, 'ipv6');
console.log(all6.check('::1', 'ipv6'), all6.check('1.1.1.1'));
const v4in = new BlockList();
v4in.addSubnet('1.2.3.0', 24);
console.log(v4in.check('::ffff:1.2.3.4', 'ipv6'), v4in.check('::ffff:102:3ff', 'ipv6'), v4in.check('1.2.4.0'));

// Zone ids are dropped from rules; a checked address with one never matches.
const z = new BlockList();
z.addAddress('fe80::1%eth0', 'ipv6');
console.log(z.rules, z.check('fe80::1', 'ipv6'), z.check('fe80::1%eth0', 'ipv6'));

// Same address twice is one rule; subnets and ranges are kept as added.
const dup = new BlockList();
dup.addAddress('1.1.1.1');
dup.addAddress('1.1.1.1');
dup.addSubnet('1.0.0.0', 8);
dup.addSubnet('1.0.0.0', 8);
dup.addRange('1.1.1.1', '1.1.1.2');
dup.addRange('1.1.1.1', '1.1.1.2');
dup.addRange('2.2.2.2', '2.2.2.2');
dup.addSubnet('1.1.1.1', 32);
console.log(dup.rules);

// SocketAddress arguments.
const s = new BlockList();
s.addAddress(new SocketAddress({ address: '5.6.7.8' }), 'ignored');
s.addSubnet(new SocketAddress({ address: '::', family: 'ipv6' }), 120);
s.addRange(new SocketAddress({ address: '9.0.0.0' }), new SocketAddress({ address: '9.0.0.9' }));
console.log(s.rules, s.check('9.0.0.3'), s.check('::ff', 'ipv6'), s.check('::100', 'ipv6'));

// Errors.
show(() => b.addAddress(1));
show(() => b.addAddress('1.2.3.4', 1));
show(() => b.addAddress('1.2.3.4', 'ipv5'));
show(() => b.addAddress('x'));
show(() => b.addAddress('1.2.3.4', 'IPv6'));
show(() => b.addAddress('1.2.3.4', 'IPV4'));
show(() => b.addRange('10.0.0.10', '10.0.0.1'));
show(() => b.addRange(1, '1.1.1.1'));
show(() => b.addRange('1.1.1.1', 2));
show(() => b.addRange('x', 1));
show(() => b.addRange('1.1.1.1', 'x'));
show(() => b.addRange('::1', '::2'));
show(() => b.addRange('1.1.1.1', '::1', 'ipv6'));
show(() => b.addRange('1.1.1.1', '1.1.1.2', 5));
show(() => b.addSubnet('1.1.1.1', 33));
show(() => b.addSubnet('::', 129, 'ipv6'));
show(() => b.addSubnet('1.1.1.1', '8'));
show(() => b.addSubnet('1.1.1.1', -1));
show(() => b.addSubnet('1.1.1.1', 1.5));
show(() => b.addSubnet('1.1.1.1'));
show(() => b.addSubnet('x', 99));
show(() => b.addSubnet(1, 99));
show(() => b.addSubnet('1.1.1.1', 8, 1));
show(() => b.addSubnet('1.1.1.1', 8, 'x'));
show(() => b.check(1));
show(() => b.check());
show(() => b.check('1.2.3.4', 1));
console.log(b.rules.length);

// fromJSON: an array of rule strings or its JSON text; other lines are skipped.
const f = new BlockList();
f.fromJSON(['Subnet: IPv4 192.168.1.0/24', 'Address: IPv4 10.0.0.5', 'Range: IPv4 192.168.2.1-192.168.2.10',
  'Subnet: IPv6 fe80::/10', 'Range: IPv6 ::1-::5', 'garbage', 'Address: IPv4 x',
  'Address: IPv5 1.1.1.1', 'Range: IPv4 1.1.1.1', 'Subnet: IPv4 1.1.1.1', 'Subnet: IPv4 1.1.1.1/x',
  'Address:IPv4 1.1.1.1', '  Subnet: IPv4 7.7.7.7/8/9  ']);
console.log(f.rules, f.check('10.0.0.5'), f.check('192.168.2.5'), f.check('fe80::9', 'ipv6'));
const g = new BlockList();
g.fromJSON(JSON.stringify(['Address: IPv6 ::1']));
console.log(g.rules, g.check('::1', 'ipv6'));
const h = new BlockList();
h.fromJSON(b.toJSON());
console.log(h.rules.length === b.rules.length);
for (const v of [1, null, {}, [5], '[1]', ['Address: IPv6 1.1.1.1'], ['Subnet: IPv4 1.1.1.1/99'],
  ['Range: IPv4 1.1.1.5-1.1.1.1']]) {
  show(() => new BlockList().fromJSON(v));
}
try {
  new BlockList().fromJSON('not json');
} catch (e) {
  console.log('bad JSON:', e.name);
}
