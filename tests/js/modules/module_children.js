// module.children lists modules first required by this one, once each.
const path = require('path');
require('../fixtures/misc/child_a');
require('../fixtures/misc/child_b');
require('../fixtures/misc/child_a');
require('path'); // builtins are not children
const names = (m) => m.children.map((c) => path.basename(c.id));
console.log('children:', names(module));
console.log('grandchildren:', names(module.children[1]));
console.log('first child loaded:', module.children[0].loaded);
