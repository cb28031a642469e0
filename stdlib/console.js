'use strict';
// node:console -- the global console (installed by the bootstrap).
module.exports = globalThis.console;
