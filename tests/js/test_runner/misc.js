'use strict';
// Concurrency, async describe bodies, test() inside a test, a describe
// body that throws, a done callback with a returned promise.
require('./helpers/events').printEvents(['misc.js']);
