'use strict';

// node:dns, callback form: lookup/lookupService (internal/dns/lookup) and
// resolve*() on a default c-ares Resolver (internal/dns/resolver).

const {
  ADDRCONFIG, V4MAPPED, ALL,
  lookup, lookupService, setDefaultResultOrder, getDefaultResultOrder,
} = require('internal/dns/lookup');
const { Resolver, useDefaultChannel, errorCodes, kQueries } = require('internal/dns/resolver');

const defaultResolver = useDefaultChannel(new Resolver(), 'callback');
let promisesModule;

module.exports = {
  lookup,
  lookupService,
  Resolver,
  getDefaultResultOrder,
  setDefaultResultOrder,
  setServers: defaultResolverSetServers,
  ADDRCONFIG,
  ALL,
  V4MAPPED,
  ...errorCodes,
  getServers: defaultResolver.getServers.bind(defaultResolver),
};

// Also sets dns.promises' servers once dns.promises has been read (as node
// does; dns/promises required on its own keeps its servers).
function defaultResolverSetServers(servers) {
  defaultResolver.setServers(servers);
  if (promisesModule !== undefined) promisesModule.setServers(servers);
}

// dns.resolve*() are the default resolver's methods, bound.
for (const name of ['resolve', ...kQueries.map((q) => q[1]), 'reverse']) {
  module.exports[name] = Resolver.prototype[name].bind(defaultResolver);
}

Object.defineProperty(module.exports, 'promises', {
  configurable: true,
  enumerable: true,
  get() {
    if (promisesModule === undefined) promisesModule = require('dns/promises');
    return promisesModule;
  },
});
