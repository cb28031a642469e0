'use strict';
// An uncaught exception or unhandled rejection while a test runs fails
// that test; the run goes on.
require('./helpers/events').printEvents(['uncaught.js']);
