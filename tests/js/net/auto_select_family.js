'use strict';
// autoSelectFamily (happy eyeballs): the defaults and their setters, option
// checks, the addresses a lookup gives raced in alternating families (events
// connectionAttempt / connectionAttemptFailed, autoSelectFamilyAttemptedAddresses),
// an AggregateError when every address fails, and the single-address path
// when autoSelectFamily is off or a family is given.
const net = require('net');

function show(label, fn) {
  try {
    console.log(label, fn());
  } catch (e) {
    console.log(label, 'throws', e.code, e.message);
  }
}

console.log('defaults', net.getDefaultAutoSelectFamily(), net.getDefaultAutoSelectFamilyAttemptTimeout());
for (const v of ['x', 0, -1, 2.5, 2 ** 31]) show(`setDefaultAutoSelectFamilyAttemptTimeout(${v})`, () => net.setDefaultAutoSelectFamilyAttemptTimeout(v));
show('setDefaultAutoSelectFamily(1)', () => net.setDefaultAutoSelectFamily(1));
net.setDefaultAutoSelectFamilyAttemptTimeout(5);
console.log('attempt timeout floor', net.getDefaultAutoSelectFamilyAttemptTimeout());
net.setDefaultAutoSelectFamilyAttemptTimeout(250);
net.setDefaultAutoSelectFamily(false);
console.log('set false', net.getDefaultAutoSelectFamily());
net.setDefaultAutoSelectFamily(true);
for (const v of ['x', 0, 2.5]) {
  show(`autoSelectFamilyAttemptTimeout ${v}`, () => net.connect({ port: 1, host: 'h.test', autoSelectFamilyAttemptTimeout: v, lookup() {} }) && 'ok');
}
show('autoSelectFamily 1', () => net.connect({ port: 1, host: 'h.test', autoSelectFamily: 1, lookup() {} }) && 'ok');

function lookupOf(addresses) {
  return (host, opts, cb) => {
    console.log('  lookup options', JSON.stringify(opts));
    if (opts.all) setImmediate(cb, null, addresses);
    else setImmediate(cb, null, addresses[0].address, addresses[0].family);
  };
}

function watch(c, port) {
  const p = (x) => (x === port ? 'PORT' : x);
  c.on('lookup', (err, address, family, host) => console.log('  lookup', err, address, family, host));
  c.on('connectionAttempt', (address, at, family) => console.log('  attempt', address, p(at), family));
  c.on('connectionAttemptFailed', (address, at, family, err) => console.log('  failed', address, p(at), family, err.code));
  c.on('connectionAttemptTimeout', (address, at, family) => console.log('  timeout', address, p(at), family));
}

function closedPort() {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

async function main() {
  // ::1 refuses (nothing listens there), 127.0.0.1 answers.
  await new Promise((resolve) => {
    const server = net.createServer((peer) => peer.end('hello'));
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      console.log('race to a server on 127.0.0.1 only');
      const c = net.connect({ host: 'dual.test', port, lookup: lookupOf([{ address: '::1', family: 6 }, { address: '127.0.0.1', family: 4 }]) });
      watch(c, port);
      c.on('connect', () => {
        console.log('  connected to', c.remoteAddress, c.autoSelectFamilyAttemptedAddresses.map((a) => a.replace(`:${port}`, ':PORT')));
      });
      c.on('data', (d) => console.log('  data', String(d)));
      c.on('close', () => server.close(resolve));
    });
  });

  const port = await closedPort();
  const addresses = [
    { address: '::1', family: 6 },
    { address: '::ffff:127.0.0.1', family: 6 },
    { address: '127.0.0.1', family: 4 },
    { address: '127.0.0.2', family: 4 },
    { address: '127.0.0.3', family: 4 },
  ];
  await new Promise((resolve) => {
    console.log('every address refuses: families alternate');
    const c = net.connect({ host: 'many.test', port, lookup: lookupOf(addresses) });
    watch(c, port);
    c.on('error', (err) => {
      console.log('  error', err.name, err.code, JSON.stringify(err.message), Object.keys(err));
      console.log('  errors', err.errors.map((e) => e.message.replace(`:${port}`, ':PORT')));
      console.log('  attempted', c.autoSelectFamilyAttemptedAddresses.length, c.destroyed, c.connecting);
    });
    c.on('close', resolve);
  });
  await new Promise((resolve) => {
    console.log('autoSelectFamily: false takes the first address only');
    const c = net.connect({ host: 'many.test', port, autoSelectFamily: false, lookup: lookupOf(addresses) });
    watch(c, port);
    c.on('error', (err) => console.log('  error', err.name, err.code, err.address, c.autoSelectFamilyAttemptedAddresses));
    c.on('close', resolve);
  });
  await new Promise((resolve) => {
    console.log('a family means no race');
    const c = net.connect({ host: 'many.test', port, family: 4, lookup: lookupOf(addresses.slice(2)) });
    watch(c, port);
    c.on('error', (err) => console.log('  error', err.name, err.code, err.address));
    c.on('close', resolve);
  });
  await new Promise((resolve) => {
    console.log('one address: a plain error');
    const c = net.connect({ host: 'one.test', port, lookup: lookupOf(addresses.slice(2, 3)) });
    watch(c, port);
    c.on('error', (err) => console.log('  error', err.name, err.code, c.autoSelectFamilyAttemptedAddresses));
    c.on('close', resolve);
  });
  await new Promise((resolve) => {
    console.log('destroyed during the race');
    const c = net.connect({ host: 'many.test', port, lookup: lookupOf(addresses) });
    c.on('connectionAttemptFailed', () => c.destroy());
    c.on('connectionAttempt', (address) => console.log('  attempt', address));
    c.on('error', (err) => console.log('  error?', err.code));
    c.on('close', (hadError) => {
      console.log('  close', hadError, c.autoSelectFamilyAttemptedAddresses.length);
      resolve();
    });
  });
  await new Promise((resolve) => {
    console.log('a lone address of an unknown family');
    const c = net.connect({ host: 'odd.test', port, lookup: (h, o, cb) => setImmediate(cb, null, [{ address: '127.0.0.1', family: 100 }]) });
    c.on('error', (err) => console.log('  error', err.name, err.code, err.message.replace(`:${port}`, ':PORT')));
    c.on('close', resolve);
  });
  await new Promise((resolve) => {
    console.log('a race skips addresses of an unknown family');
    const odd = [{ address: '127.0.0.1', family: 100 }, { address: '::1', family: 6 }];
    const c = net.connect({ host: 'odd.test', port, lookup: (h, o, cb) => setImmediate(cb, null, odd) });
    watch(c, port);
    c.on('error', (err) => console.log('  error', err.name, err.code, c.autoSelectFamilyAttemptedAddresses));
    c.on('close', resolve);
  });
}

main();
