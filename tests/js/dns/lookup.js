'use strict';
// dns.lookup / lookupService / dns.promises on names that need no network:
// localhost and /etc/hosts, IP literals, falsy hostnames, *.invalid.
const dns = require('dns');
const util = require('util');

function describe(err) {
  return { message: err.message, code: err.code, errno: err.errno, syscall: err.syscall, hostname: err.hostname,
    keys: Object.keys(err), isError: err instanceof Error };
}

function step(name, fn) {
  return new Promise((resolve) => fn((...results) => {
    const [err, ...rest] = results;
    console.log(name, err ? describe(err) : null, util.inspect(rest));
    resolve();
  }));
}

(async () => {
  await step('localhost', (cb) => dns.lookup('localhost', cb));
  await step('localhost 4', (cb) => dns.lookup('localhost', 4, cb));
  await step('localhost IPv4', (cb) => dns.lookup('localhost', { family: 'IPv4' }, cb));
  await step('localhost all', (cb) => dns.lookup('localhost', { all: true }, cb));
  await step('localhost all hints', (cb) => dns.lookup('localhost', { all: true, hints: dns.ADDRCONFIG }, cb));
  await step('LOCALHOST', (cb) => dns.lookup('LOCALHOST', cb));
  await step('literal v4', (cb) => dns.lookup('127.0.0.1', cb));
  await step('literal v4 family 6', (cb) => dns.lookup('127.0.0.1', 6, cb));
  await step('literal v6', (cb) => dns.lookup('::1', cb));
  await step('literal v6 all', (cb) => dns.lookup('::1', { all: true }, cb));
  await step('literal mapped', (cb) => dns.lookup('::ffff:1.2.3.4', { all: true, family: 4 }, cb));
  await step('nosuch.invalid', (cb) => dns.lookup('nosuch.invalid', cb));
  await step('nosuch.invalid all', (cb) => dns.lookup('nosuch.invalid', { all: true }, cb));
  await step('no v6 localhost', (cb) => dns.lookup('nosuch.invalid', { family: 6 }, cb));
  await step('name of 256 bytes', (cb) => dns.lookup('a'.repeat(256), cb));
  await step('name of 255 bytes', (cb) => dns.lookup(`${'a'.repeat(250)}.test`, { all: true }, cb));
  await step('non-ASCII name', (cb) => dns.lookup('b\u00fccher.invalid', cb));
  await step('order ipv6first', (cb) => dns.lookup('localhost', { all: true, order: 'ipv6first' }, cb));
  await step('verbatim false', (cb) => dns.lookup('localhost', { all: true, verbatim: false }, cb));
  await step('service 22', (cb) => dns.lookupService('127.0.0.1', 22, cb));
  await step('service "80"', (cb) => dns.lookupService('127.0.0.1', '80', cb));

  // The literal's callback still comes after the current code.
  let sync = true;
  await step('async literal', (cb) => {
    dns.lookup('10.0.0.1', (...args) => {
      console.log('called synchronously:', sync);
      cb(...args);
    });
    sync = false;
  });

  const p = dns.promises;
  console.log('p localhost', await p.lookup('localhost'));
  console.log('p localhost all', await p.lookup('localhost', { all: true }));
  console.log('p literal', await p.lookup('::1', 6));
  console.log('p service', await p.lookupService('127.0.0.1', 22));
  try {
    await p.lookup('nosuch.invalid');
  } catch (err) {
    console.log('p nosuch', describe(err));
  }
  console.log(dns.promises === require('dns/promises'), dns.promises === require('node:dns/promises'));

  // Falsy hostnames answer at once with no address (and a deprecation warning).
  await step('empty', (cb) => dns.lookup('', cb));
  await step('null 6', (cb) => dns.lookup(null, 6, cb));
  await step('undefined all', (cb) => dns.lookup(undefined, { all: true }, cb));
  console.log('p empty all', await p.lookup('', { all: true }));
})();
