'use strict';
// The dot reporter of node:test/reporters over run()'s events.
const { dot } = require('node:test/reporters');
const { reporterText } = require('./helpers/events');
reporterText(dot, ['report.js']).then((text) => console.log(text));
