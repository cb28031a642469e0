'use strict';

// node:dns, callback form: lookup/lookupService (internal/dns/lookup) and
// resolve*() on a default c-ares Resolver (internal/dns/resolver).

const {
  ADDRCONFIG, V4MAPPED, ALL,
  lookup, lookupService, setDefaultResultOrder, getDefaultResultOrder,
} = require('internal/dns/lookup');
const { Resolver, shareDefaultChannel, errorCodes, kQueries } = require('internal/dns/resolver');

const defaultResolver = shareDefaultChannel(new Resolver());

module.exports = {
  lookup,
  lookupService,
  Resolver,
  getDefaultResultOrder,
  setDefaultResultOrder,
  setServers: defaultResolver.setServers.bind(defaultResolver),
  ADDRCONFIG,
  ALL,
  V4MAPPED,
  ...errorCodes,
  getServers: defaultResolver.getServers.bind(defaultResolver),
};

// dns.resolve*() are the default resolver's methods, bound.
for (const name of ['resolve', ...kQueries.map((q) => q[1]), 'reverse']) {
  module.exports[name] = Resolver.prototype[name].bind(defaultResolver);
}

let promisesModule;
Object.defineProperty(module.exports, 'promises', {
  configurable: true,
  enumerable: true,
  get() {
    if (promisesModule === undefined) promisesModule = require('dns/promises');
    return promisesModule;
  },
});
