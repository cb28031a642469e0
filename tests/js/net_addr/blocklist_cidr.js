'use strict';
// BlockList's CIDR, bulk, removal and size API, and PRIVATE_RANGES.
const { BlockList, SocketAddress } = require('net');

function show(label, fn) {
  try {
    console.log(label, 'ok', fn());
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}

console.log(BlockList.PRIVATE_RANGES, Object.isFrozen(BlockList.PRIVATE_RANGES));
const sizeGetter = Object.getOwnPropertyDescriptor(BlockList.prototype, 'size');
console.log(typeof sizeGetter.get, sizeGetter.set, sizeGetter.enumerable);

const b = new BlockList();
console.log(b.size);
b.addCIDR('10.0.0.0/8');
b.addCIDR('fe80::/10');
b.addCIDRs(['192.168.0.0/16', '1.2.3.4/32']);
b.addAddresses(['5.5.5.5', '6.6.6.6']);
b.addAddresses(['::1'], 'ipv6');
console.log(b.rules, b.size);
console.log(b.check('10.1.1.1'), b.check('fe80::5', 'ipv6'), b.check('1.2.3.4'), b.check('1.2.3.5'),
  b.check('::1', 'ipv6'), b.check('::ffff:192.168.3.3', 'ipv6'));

show('no prefix', () => b.addCIDR('10.0.0.0'));
show('number', () => b.addCIDR(1));
show('bad address', () => b.addCIDR('x/8'));
show('prefix 33', () => b.addCIDR('10.0.0.0/33'));
show('prefix x', () => b.addCIDR('10.0.0.0/x'));
show('prefix -1', () => b.addCIDR('10.0.0.0/-1'));
show('prefix 8.5', () => b.addCIDR('10.0.0.0/8.5'));
show('prefix 08', () => b.addCIDR('10.0.0.0/08'));
show('leading space', () => b.addCIDR(' 10.0.0.0/8'));
show('v6 prefix 129', () => b.addCIDR('::/129'));
show('cidrs string', () => b.addCIDRs('x'));
show('cidrs number', () => b.addCIDRs([1]));
show('addresses string', () => b.addAddresses('x'));
show('addresses number', () => b.addAddresses([1]));
show('addresses bad', () => b.addAddresses(['x']));
show('addresses family', () => b.addAddresses(['1.1.1.1'], 'ipv6'));
show('addresses SocketAddress', () => b.addAddresses([new SocketAddress({ address: '7.7.7.7' })]));
console.log(b.size);

show('remove address', () => b.removeAddress('5.5.5.5'));
show('remove absent address', () => b.removeAddress('9.9.9.9'));
show('remove v6 address', () => b.removeAddress('::1', 'ipv6'));
show('remove address number', () => b.removeAddress(1));
show('remove CIDR', () => b.removeCIDR('10.0.0.0/8'));
show('remove CIDR other prefix', () => b.removeCIDR('192.168.0.0/17'));
show('remove subnet', () => b.removeSubnet('192.168.0.0', 16));
show('remove subnet v6', () => b.removeSubnet('fe80::', 10, 'ipv6'));
show('remove subnet bad prefix', () => b.removeSubnet('1.1.1.1', 40));
b.addRange('1.1.1.1', '1.1.1.9');
b.addRange('2.2.2.2', '2.2.2.3');
show('remove range other end', () => b.removeRange('1.1.1.1', '1.1.1.8'));
show('remove range', () => b.removeRange('1.1.1.1', '1.1.1.9'));
show('remove range bad', () => b.removeRange('x', 'y'));
console.log(b.rules, b.size, b.check('10.1.1.1'), b.check('5.5.5.5'), b.check('1.1.1.5'), b.check('2.2.2.3'));
b.clear();
console.log(b.rules, b.size, b.check('1.2.3.4'));
console.log('size is read-only', Reflect.set(b, 'size', 5), b.size);

const priv = new BlockList();
priv.addCIDRs(BlockList.PRIVATE_RANGES);
for (const [a, f] of [['10.9.9.9'], ['172.31.0.1'], ['172.32.0.1'], ['127.0.0.1'], ['8.8.8.8'], ['169.254.1.1'],
  ['::1', 'ipv6'], ['fd00::1', 'ipv6'], ['fe80::1', 'ipv6'], ['2001:db8::1', 'ipv6']]) {
  console.log(a, priv.check(a, f));
}
