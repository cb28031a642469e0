// Evaluation order of an async graph as the spec (and node) gives it: when
// slow.js finishes, the modules it leaves with nothing to wait for run at
// once, in the order they were first visited; a synchronous importer
// (after_slow) makes its own importer (left) ready before right runs.
import './tla_order/left.js';
import './tla_order/right.js';

console.log('main');
