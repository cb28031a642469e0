'use strict';
// Events of run() for passing, failing, skipped and todo tests, subtests
// and suites, in report order.
require('./helpers/events').printEvents(['basic.js']);
