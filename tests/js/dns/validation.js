'use strict';
// node:dns argument checks: every one throws before any work starts.
const dns = require('dns');

const cb = () => { throw new Error('callback must not run'); };
function show(label, fn) {
  try {
    const r = fn();
    console.log(label, 'ok', typeof r);
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}

show('lookup number', () => dns.lookup(1, cb));
show('lookup object', () => dns.lookup({}, cb));
show('lookup null byte', () => dns.lookup('a\u0000b', cb));
show('lookup no callback', () => dns.lookup('a'));
show('lookup options no callback', () => dns.lookup('a', {}));
show('lookup family 5', () => dns.lookup('a', 5, cb));
show('lookup family string', () => dns.lookup('a', '4', cb));
show('lookup options true', () => dns.lookup('a', true, cb));
show('lookup options.family 5', () => dns.lookup('a', { family: 5 }, cb));
show('lookup options.family x', () => dns.lookup('a', { family: 'x' }, cb));
show('lookup options.family ipv4', () => dns.lookup('a', { family: 'ipv4' }, cb));
show('lookup hints -1', () => dns.lookup('a', { hints: -1 }, cb));
show('lookup hints 1024', () => dns.lookup('a', { hints: 1024 }, cb));
show('lookup hints 1', () => dns.lookup('a', { hints: 1 }, cb));
show('lookup all 1', () => dns.lookup('a', { all: 1 }, cb));
show('lookup verbatim 1', () => dns.lookup('a', { verbatim: 1 }, cb));
show('lookup order x', () => dns.lookup('a', { order: 'x' }, cb));
show('lookupService no args', () => dns.lookupService());
show('lookupService 2 args', () => dns.lookupService('127.0.0.1', 22));
show('lookupService bad address', () => dns.lookupService('x', 1, cb));
show('lookupService name', () => dns.lookupService('localhost', 1, cb));
show('lookupService address number', () => dns.lookupService(1, 1, cb));
show('lookupService port x', () => dns.lookupService('127.0.0.1', 'x', cb));
show('lookupService port -1', () => dns.lookupService('127.0.0.1', -1, cb));
show('lookupService port 65536', () => dns.lookupService('127.0.0.1', 65536, cb));
show('lookupService callback 1', () => dns.lookupService('127.0.0.1', 22, 1));
show('promises lookup number', () => dns.promises.lookup(1));
show('promises lookup family', () => dns.promises.lookup('a', { family: 9 }));
show('promises lookupService 1 arg', () => dns.promises.lookupService('127.0.0.1'));
show('promises lookupService bad', () => dns.promises.lookupService('x', 1));

show('order x', () => dns.setDefaultResultOrder('x'));
show('order 1', () => dns.setDefaultResultOrder(1));
console.log(dns.getDefaultResultOrder());
dns.setDefaultResultOrder('ipv4first');
console.log(dns.getDefaultResultOrder(), dns.promises.getDefaultResultOrder());
dns.promises.setDefaultResultOrder('ipv6first');
console.log(dns.getDefaultResultOrder());
dns.setDefaultResultOrder('verbatim');

show('setServers string', () => dns.setServers('1.1.1.1'));
show('setServers name', () => dns.setServers(['x']));
show('setServers number', () => dns.setServers([1]));
show('setServers second bad', () => dns.setServers(['1.1.1.1', 'dns.google']));
show('setServers port', () => dns.setServers(['1.1.1.1:99999']));
show('setServers empty port', () => dns.setServers(['1.2.3.4:']));
show('resolve4 name', () => dns.resolve4(1, cb));
show('resolve4 no callback', () => dns.resolve4('a'));
show('resolve4 options no callback', () => dns.resolve4('a', {}, 1));
show('resolveMx name', () => dns.resolveMx(null, cb));
show('resolve rrtype', () => dns.resolve('a', 'X', cb));
show('resolve rrtype lower', () => dns.resolve('a', 'mx', cb));
show('resolve rrtype number', () => dns.resolve('a', 1, cb));
show('resolve name', () => dns.resolve(1, 'A', cb));
show('reverse bad', () => dns.reverse('x', cb));
show('reverse number', () => dns.reverse(1, cb));
show('reverse no callback', () => dns.reverse('1.2.3.4'));
show('Resolver timeout x', () => new dns.Resolver({ timeout: 'x' }));
show('Resolver timeout -2', () => new dns.Resolver({ timeout: -2 }));
show('Resolver timeout 1.5', () => new dns.Resolver({ timeout: 1.5 }));
show('Resolver tries 0', () => new dns.Resolver({ tries: 0 }));
show('Resolver tries x', () => new dns.Resolver({ tries: 'x' }));
show('Resolver maxTimeout x', () => new dns.Resolver({ maxTimeout: 'x' }));
show('Resolver maxTimeout -5', () => new dns.Resolver({ maxTimeout: -5 }));
show('Resolver ok', () => new dns.Resolver({ timeout: -1, tries: 1, maxTimeout: 0 }));
const r = new dns.Resolver();
show('setLocalAddress x', () => r.setLocalAddress('x'));
show('setLocalAddress number', () => r.setLocalAddress(1));
show('setLocalAddress ipv6 number', () => r.setLocalAddress('1.1.1.1', 1));
show('setLocalAddress two v4', () => r.setLocalAddress('1.1.1.1', '1.1.1.1'));
show('setLocalAddress two v6', () => r.setLocalAddress('::1', '::2'));
show('setLocalAddress v6 bad', () => r.setLocalAddress('1.1.1.1', 'x'));
show('setLocalAddress ok', () => r.setLocalAddress('127.0.0.1', '::1'));
show('promises resolve4 name', () => dns.promises.resolve4(1));
show('promises resolve rrtype', () => dns.promises.resolve('a', 'X'));
show('promises Resolver tries', () => new dns.promises.Resolver({ tries: 0 }));
dns.promises.reverse('x').catch((e) => console.log('promises reverse bad', e.code, e.syscall, e.hostname, e.message));
