'use strict';
// t.plan() and the plan option, counted by t.assert calls and subtests.
require('./helpers/events').printEvents(['plan.js']);
