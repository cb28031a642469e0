'use strict';
// resolve*() and reverse() against a local DNS server (fixtures/dns_server.js)
// with canned answers: every record type, ttl, resolveAny, and the error
// codes for NXDOMAIN, no data, SERVFAIL/REFUSED/NOTIMP/FORMERR, a malformed
// reply and a timeout.
const dns = require('dns');
const { start } = require('./fixtures/dns_server');

function describe(err) {
  return `${err.message} code=${err.code} syscall=${err.syscall} hostname=${err.hostname}`;
}

(async () => {
  const server = await start();
  const where = `127.0.0.1:${server.address().port}`;
  const r = new dns.promises.Resolver({ timeout: 300, tries: 1 });
  r.setServers([where]);
  const show = async (label, promise) => {
    try {
      console.log(label, await promise);
    } catch (err) {
      console.log(label, 'error:', describe(err));
    }
  };
  await show('A', r.resolve4('a.test'));
  await show('A ttl', r.resolve4('a.test', { ttl: true }));
  await show('AAAA', r.resolve6('a.test'));
  await show('AAAA ttl', r.resolve6('a.test', { ttl: true }));
  await show('resolve', r.resolve('a.test'));
  await show('resolve AAAA', r.resolve('a.test', 'AAAA'));
  await show('CNAME', r.resolveCname('cname.test'));
  await show('MX', r.resolveMx('mx.test'));
  await show('resolve MX', r.resolve('mx.test', 'MX'));
  await show('NS', r.resolveNs('ns.test'));
  await show('TXT', r.resolveTxt('txt.test'));
  await show('SRV', r.resolveSrv('srv.test'));
  await show('PTR', r.resolvePtr('ptr.test'));
  await show('NAPTR', r.resolveNaptr('naptr.test'));
  await show('SOA', r.resolveSoa('soa.test'));
  await show('CAA', r.resolveCaa('caa.test'));
  await show('TLSA', r.resolveTlsa('tlsa.test'));
  await show('ANY', r.resolveAny('any.test'));
  await show('reverse', r.reverse('1.2.3.4'));
  await show('reverse unknown', r.reverse('9.9.9.9'));
  await show('reverse v6 unknown', r.reverse('2001:db8::99'));
  await show('NXDOMAIN', r.resolve4('nx.test'));
  await show('no data', r.resolve4('mx.test'));
  await show('no data any', r.resolveAny('empty.test'));
  await show('SERVFAIL', r.resolve4('servfail.test'));
  await show('REFUSED', r.resolveMx('refused.test'));
  await show('NOTIMP', r.resolve4('notimp.test'));
  await show('FORMERR', r.resolve4('formerr.test'));
  await show('bad reply', r.resolve4('bad.test'));
  await show('timeout', r.resolve4('timeout.test'));

  // The callback form, and dns.resolve*() through dns.setServers().
  const cr = new dns.Resolver({ timeout: 300, tries: 1 });
  cr.setServers([where]);
  await new Promise((resolve) => cr.resolveMx('mx.test', (err, res) => {
    console.log('callback MX', err, res);
    resolve();
  }));
  await new Promise((resolve) => cr.reverse('1.2.3.4', (err, res) => {
    console.log('callback reverse', err, res);
    resolve();
  }));
  dns.setServers([where]);
  await new Promise((resolve) => dns.resolve4('a.test', { ttl: true }, (err, res) => {
    console.log('dns.resolve4', err, res);
    resolve();
  }));
  await new Promise((resolve) => dns.resolveTxt('nx.test', (err) => {
    console.log('dns.resolveTxt', describe(err));
    resolve();
  }));
  await show('dns.promises.resolveSrv', dns.promises.resolveSrv('srv.test'));
  server.close();

  // A server on IPv6, and queries sent from a chosen local address.
  const peers = [];
  const server6 = await start('::1', peers);
  const r6 = new dns.promises.Resolver({ timeout: 300, tries: 1 });
  r6.setServers([`[::1]:${server6.address().port}`]);
  await show('over IPv6', r6.resolveNs('ns.test'));
  const server4 = await start('127.0.0.1', peers);
  const local = new dns.promises.Resolver({ timeout: 300, tries: 1 });
  local.setLocalAddress('127.0.0.2', '::1');
  local.setServers([`127.0.0.1:${server4.address().port}`]);
  await show('from 127.0.0.2', local.resolve4('a.test'));
  console.log('query sources', peers);
  server6.close();
  server4.close();
})();
