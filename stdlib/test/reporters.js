'use strict';
// node:test/reporters: the built-in reporters as async generator functions
// over a stream of test events (for example run()'s).

const { kFormatters, makeGeneratorReporter } = require('internal/test_runner/reporters');
const { kReporterTransform } = require('internal/test_runner/tests_stream');

const specGenerator = makeGeneratorReporter(kFormatters.spec);

// In node, spec is a Transform stream made with or without `new`; here it
// is an object that stream.compose() knows (Jolt has no node:stream yet).
function spec() {
  return { __proto__: null, [kReporterTransform]: specGenerator };
}

module.exports = {
  spec,
  tap: makeGeneratorReporter(kFormatters.tap),
  dot: makeGeneratorReporter(kFormatters.dot),
};
