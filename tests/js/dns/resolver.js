'use strict';
// Resolver plumbing without a DNS answer: server lists, constants, API
// shape, ECONNREFUSED from a port nothing listens on, cancel().
const dns = require('dns');

console.log(Object.keys(dns).sort().join(' '));
console.log(Object.keys(dns.promises).sort().join(' '));
console.log(dns.ADDRCONFIG, dns.V4MAPPED, dns.ALL, dns.NOTFOUND, dns.NODATA, dns.CANCELLED, dns.TIMEOUT,
  dns.CONNREFUSED, dns.ADDRGETNETWORKPARAMS, dns.promises.SERVFAIL, dns.promises.ADDRCONFIG);
console.log(dns.lookup.length, dns.lookupService.length, dns.resolve.length, dns.resolve4.length,
  dns.resolveMx.length, dns.reverse.length, dns.promises.lookup.length, dns.promises.lookupService.length);
console.log(dns.resolve4.name, dns.resolveAny.name, dns.reverse.name, dns.resolve.name, dns.promises.resolveTxt.name);
const proto = dns.Resolver.prototype;
console.log(proto.resolve4.name, proto.resolveSoa.name, proto.resolveTlsa.name, proto.resolve4.length,
  proto.resolve.length, proto.reverse.length, typeof proto.cancel, typeof proto.setLocalAddress);
console.log(typeof dns.promises.Resolver, new dns.promises.Resolver() instanceof dns.promises.Resolver);

// Server lists: port 53 is left out, IPv6 with another port is bracketed.
const r = new dns.Resolver();
r.setServers(['1.2.3.4', '[::1]:53', '::2', '5.6.7.8:54', '[fe80::1%eth0]:99', '[2001:db8::5]',
  '[9.9.9.9]:5']);
console.log(r.getServers());
r.setServers([]);
console.log(r.getServers());
dns.setServers(['127.0.0.1:5399', '::1']);
console.log(dns.getServers(), dns.promises.getServers());
console.log(new dns.Resolver().getServers().length > 0);
// dns.promises has servers of its own; dns.setServers sets both.
dns.promises.setServers(['1.1.1.1']);
console.log(dns.getServers(), dns.promises.getServers());
dns.setServers(['2.2.2.2']);
console.log(dns.getServers(), dns.promises.getServers());
console.log(dns.setServers.name, dns.promises.setServers.name, dns.setServers.length, dns.getServers.name);

// A server port with nothing listening: ECONNREFUSED for every kind of query.
function expectError(label, start) {
  return new Promise((resolve) => start((err, result) => {
    console.log(label, err && err.message, err && err.code, err && err.syscall, err && err.hostname,
      err && 'errno' in err && err.errno, result);
    resolve();
  }));
}

(async () => {
  const dead = new dns.Resolver({ timeout: 2000, tries: 1 });
  dead.setServers(['127.0.0.1:9']);
  await expectError('resolve4', (cb) => dead.resolve4('example.com', cb));
  await expectError('resolve4 ttl', (cb) => dead.resolve4('example.com', { ttl: true }, cb));
  await expectError('resolve MX', (cb) => dead.resolve('example.com', 'MX', cb));
  await expectError('resolveAny', (cb) => dead.resolveAny('example.com', cb));
  await expectError('resolveTxt', (cb) => dead.resolveTxt('example.com', cb));
  const p = new dns.promises.Resolver({ timeout: 2000, tries: 1 });
  p.setServers(['127.0.0.1:9']);
  await p.resolveSrv('_x._tcp.example.com').catch((err) => console.log('promises', err.message, err.code));

  // cancel(): every query in flight fails with ECANCELLED.
  const c = new dns.Resolver();
  c.setServers(['127.0.0.1:9']);
  // Node reports ECANCELLED, or ECONNREFUSED when the refusal won the race.
  const settled = (label) => (cb) => (err, result) => {
    console.log(label, err.code === 'ECANCELLED' || err.code === 'ECONNREFUSED', err.syscall, err.hostname, result);
    cb();
  };
  const both = [
    new Promise((resolve) => c.resolve6('x.test', settled('cancelled 6')(resolve))),
    new Promise((resolve) => c.resolveNs('y.test', settled('cancelled ns')(resolve))),
  ];
  c.cancel();
  console.log('cancel returned');
  await Promise.all(both);

  // Servers cannot change while a query is in flight.
  const busy = new dns.Resolver({ timeout: 2000, tries: 1 });
  busy.setServers(['127.0.0.1:9']);
  const inFlight = expectError('in flight', (cb) => busy.resolve4('x.test', cb));
  try {
    busy.setServers(['127.0.0.2']);
  } catch (err) {
    console.log(err.name, err.code, err.message);
  }
  await inFlight;
  console.log(busy.getServers());

  // No server at all.
  const none = new dns.Resolver();
  none.setServers([]);
  await expectError('no servers', (cb) => none.resolve4('x.test', cb));
  console.log('done');
})();
