// CommonJS using import() and require() of ES modules.
const ns = require('./esm.mjs');
module.exports.sync = [ns.named, ns.default, ns.__esModule, Object.prototype.toString.call(ns)];
module.exports.later = import('./esm.mjs').then((again) => [again === ns, again.default === ns.default]);
try {
  require('./tla.mjs');
} catch (err) {
  module.exports.tlaError = [err.code, err.message.split('\n')[0]];
}
module.exports.viaImport = import('./tla.mjs').then((m) => m.value);
const noDefault = require('./no_default.mjs');
module.exports.noDefault = import('./no_default.mjs').then((again) => again === noDefault);
