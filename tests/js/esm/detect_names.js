// CommonJS named exports found as node's scan finds them: defineProperty
// with a value (first, or after enumerable: true) or a getter returning a
// name or member; not a getter returning a literal, an arrow, a
// non-enumerable one or other descriptors. An anonymous default class is
// named 'default' for its module's own readers too.
import * as defined from './detect_names/define.cjs';
import * as self from './detect_names/anon_class.js';
import Anonymous from './detect_names/anon_class.js';

console.log(Object.keys(defined).join(' '));
console.log(self.default.name, Anonymous.name, Anonymous.who());
