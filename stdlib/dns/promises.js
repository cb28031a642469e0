'use strict';

// node:dns/promises: the promise form of lookup, lookupService and Resolver.

const {
  lookupCore,
  checkServiceArgs,
  lookupServiceCore,
  setDefaultResultOrder,
  getDefaultResultOrder,
} = require('internal/dns/lookup');
const {
  Resolver: CallbackResolver,
  useDefaultChannel,
  errorCodes,
  kQueries,
} = require('internal/dns/resolver');

// A promise and its settle function; argument errors thrown before the
// promise exists reach the caller synchronously, as in node.
function deferred() {
  let settleWith;
  const promise = new Promise((resolve, reject) => {
    settleWith = (err, value) => (err ? reject(err) : resolve(value));
  });
  return [promise, settleWith];
}

function lookup(hostname, options) {
  const [promise, settleWith] = deferred();
  lookupCore(hostname, options, (err, address, family) => {
    if (err || Array.isArray(address)) settleWith(err, address);
    else settleWith(null, { address, family });
  });
  return promise;
}

function lookupService(address, port) {
  const portNumber = checkServiceArgs(address, port, arguments.length, ['address', 'port']);
  const [promise, settleWith] = deferred();
  lookupServiceCore(address, portNumber, (err, hostname, service) => {
    settleWith(err, err ? undefined : { hostname, service });
  });
  return promise;
}

// Calls a callback-style Resolver method as a promise. Argument errors
// throw at once, as in node; an unusable address for reverse() rejects.
function settle(resolver, name, args) {
  const [promise, settleWith] = deferred();
  try {
    CallbackResolver.prototype[name].call(resolver, ...args, settleWith);
  } catch (err) {
    if (name !== 'reverse' || err?.syscall !== 'getHostByAddr') throw err;
    settleWith(err);
  }
  return promise;
}

class Resolver extends CallbackResolver {}

const kMethods = ['resolve', ...kQueries.map((q) => q[1]), 'reverse'];
for (const name of kMethods) {
  const callbackForm = CallbackResolver.prototype[name];
  const fn = {
    [callbackForm.name](...args) {
      return settle(this, name, args);
    },
  }[callbackForm.name];
  // Spelled out: JSC's bind() does not see a computed method name.
  Object.defineProperty(fn, 'name', { value: callbackForm.name });
  Object.defineProperty(fn, 'length', { value: 2 });
  Object.defineProperty(Resolver.prototype, name, { value: fn, writable: true, configurable: true });
}

const defaultResolver = useDefaultChannel(new Resolver(), 'promises');

module.exports = {
  lookup,
  lookupService,
  Resolver,
  getDefaultResultOrder,
  setDefaultResultOrder,
  setServers: function defaultResolverSetServers(servers) {
    defaultResolver.setServers(servers);
  },
  ...errorCodes,
  getServers: defaultResolver.getServers.bind(defaultResolver),
};
for (const name of kMethods) module.exports[name] = Resolver.prototype[name].bind(defaultResolver);
