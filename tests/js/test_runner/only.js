'use strict';
// `only` tests: in node 24 a file with any `only` runs only those (and
// suites holding one); t.runOnly(true) drops the subtests without `only`.
require('./helpers/events').printEvents(['only.js']);
