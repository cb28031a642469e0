'use strict';
// The tap reporter of node:test/reporters over run()'s events (durations
// and stack traces masked).
const { tap } = require('node:test/reporters');
const { reporterText } = require('./helpers/events');
reporterText(tap, ['report.js']).then((text) => console.log(text));
