'use strict';
// An error thrown out of vm.runInThisContext and left uncaught is reported
// with its source line and caret once: the stack vm decorated already
// carries them, so the fatal report does not add them again.
require('vm').runInThisContext('throw new Error("left uncaught")', 'uncaught-vm.js');
