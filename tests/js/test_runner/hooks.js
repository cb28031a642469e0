'use strict';
// Order of before/after/beforeEach/afterEach hooks at the top level, in
// nested suites and for subtests; failing hooks.
require('./helpers/events').printEvents(['hooks.js']);
