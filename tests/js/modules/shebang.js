#!/usr/bin/env node
// A #! first line is ignored, in the main script and in required modules.
console.log('main script with #! runs');
console.log(require('../fixtures/misc/shebang'));
