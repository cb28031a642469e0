'use strict';
// net.SocketAddress: defaults, canonical address text, validation errors,
// inspect/JSON and SocketAddress.parse.
const net = require('net');
const util = require('util');
const { SocketAddress } = net;

function show(fn) {
  try {
    const r = fn();
    console.log('ok', util.inspect(r));
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}

const d = new SocketAddress();
console.log(d, d.address, d.port, d.family, d.flowlabel);
console.log(JSON.stringify(d), d.toJSON());
console.log(Object.keys(d), util.inspect(d, { depth: -1 }), util.inspect({ a: { b: d } }, { depth: 0 }));
console.log(SocketAddress.isSocketAddress(d), SocketAddress.isSocketAddress({}),
  SocketAddress.isSocketAddress(null), SocketAddress.isSocketAddress(d.toJSON()));
console.log(new SocketAddress({ address: '::1', family: 'ipv6', port: 80, flowlabel: 5 }));
console.log(new SocketAddress({ family: 'ipv6' }), new SocketAddress({ family: 'IPv6' }).family);
console.log(new SocketAddress({ port: '80' }).port, new SocketAddress({ port: ' 81 ' }).port);
console.log(new SocketAddress({ address: '1.2.3.4', flowlabel: 7 }).flowlabel);
console.log(new SocketAddress({ address: '::1', family: 'ipv6', flowlabel: 2 ** 20 - 1 }).flowlabel);
console.log(new SocketAddress({ flowlabel: 2 ** 20 }).flowlabel);

// The address comes back in inet_ntop's canonical form.
for (const a of ['::102:304', '::ffff:0102:0304', '0:0:0:0:1:0:0:0', '1:0:0:1:0:0:0:1',
  '1:0:0:1:0:0:1:1', 'FE80::1%eth0', '1:0:1:1:1:1:1:1', '::ffff:0:102:304', '64:ff9b::102:304',
  '::fffe:102:304', '0:0:0:0:0:0:0:0', '1:2:3:4:5:6:0:0', '0:0:1::', '::0.0.1.2', 'a:B:c:D:e:F:0:1']) {
  console.log(a, '->', new SocketAddress({ address: a, family: 'ipv6' }).address);
}

// Validation.
show(() => new SocketAddress(1));
show(() => new SocketAddress(null));
show(() => new SocketAddress([]));
show(() => new SocketAddress('1.2.3.4'));
show(() => new SocketAddress({ address: 1 }));
show(() => new SocketAddress({ family: 1 }));
show(() => new SocketAddress({ family: 4 }));
show(() => new SocketAddress({ family: 'x' }));
show(() => new SocketAddress({ family: 'IPV4' }));
show(() => new SocketAddress({ port: -1 }));
show(() => new SocketAddress({ port: 65536 }));
show(() => new SocketAddress({ port: 1.5 }));
show(() => new SocketAddress({ port: 'x' }));
show(() => new SocketAddress({ port: '' }));
show(() => new SocketAddress({ port: NaN }));
show(() => new SocketAddress({ port: true }));
show(() => new SocketAddress({ flowlabel: -1 }));
show(() => new SocketAddress({ flowlabel: '1' }));
show(() => new SocketAddress({ flowlabel: 1.5 }));
show(() => new SocketAddress({ flowlabel: 2 ** 32 }));
show(() => new SocketAddress({ address: '::1' }));
show(() => new SocketAddress({ address: '1.2.3.4', family: 'ipv6' }));
show(() => new SocketAddress({ address: '01.2.3.4' }));
show(() => new SocketAddress({ address: '1.2.3' }));
show(() => new SocketAddress({ address: 'localhost' }));
show(() => new SocketAddress({ address: '' }));
show(() => new SocketAddress({ address: '0x7f.1' }));
show(() => new SocketAddress({ address: 1, family: 'x', port: -1 }));
show(() => new SocketAddress({ family: 'x', port: -1 }));
show(() => new SocketAddress({ port: -1, flowlabel: -1 }));

// parse() reads host[:port] as a URL authority does.
for (const s of ['1.2.3.4:8080', '1.2.3.4', '[::1]:443', '[::1]', '1.2.3.4:', '01.2.3.4:1', '1.2.3.4:80',
  '::1', '[::1', '1.2.3.4:99999', '1.2.3.4:-1', 'x', 'http://1.2.3.4:5', '1.2.3.4:abc', '', ':80',
  '[fe80::1%eth0]:8', '[1.2.3.4]:1', 'localhost:80', '1.2.3.4 :80', '[::ffff:1.2.3.4]:9']) {
  console.log(JSON.stringify(s), SocketAddress.parse(s));
}
show(() => SocketAddress.parse(1));
show(() => SocketAddress.parse());
