'use strict';
// The key under which a callback API lists the names of its callback's
// results, for util.promisify to resolve an object with them (fs.readv,
// dns.lookup, ...). Its own module, so that fs can set it without loading
// internal/util.

module.exports = Symbol('customPromisifyArgs');
