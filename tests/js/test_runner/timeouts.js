'use strict';
// The timeout option: a test, a done callback, subtests and suites that
// take too long fail as cancelled with testTimeoutFailure.
require('./helpers/events').printEvents(['timeouts.js']);
