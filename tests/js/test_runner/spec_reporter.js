'use strict';
// The spec reporter composed onto run()'s stream: results, suites as
// headers, diagnostics, the summary and the failing tests again at the end
// (durations and stack traces masked).
const { spec } = require('node:test/reporters');
const { reporterText } = require('./helpers/events');
reporterText(new spec(), ['report.js'], {}, true).then((text) => console.log(text));
