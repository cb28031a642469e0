'use strict';
// The shape of Buffer.prototype and of Buffer's statics: own property order
// (for-in walks it), enumerability and the declared lengths of the methods.
const proto = Buffer.prototype;
const describe = (obj, key) => {
  const d = Object.getOwnPropertyDescriptor(obj, key);
  const kind = 'value' in d ? (typeof d.value === 'function' ? `fn/${d.value.length}` : typeof d.value) : 'accessor';
  return `${key}:${kind}:${d.enumerable ? 'e' : ''}${d.writable ? 'w' : ''}${d.configurable ? 'c' : ''}`;
};
for (const key of Object.getOwnPropertyNames(proto)) console.log(describe(proto, key));
console.log(Object.getOwnPropertyNames(Buffer).map((k) => (typeof Buffer[k] === 'function' ? `${k}/${Buffer[k].length}` : k)).join(' '));
const keys = [];
for (const k in Buffer.from('ab')) keys.push(k);
console.log('for-in', keys.length, keys.slice(0, 4).join(' '));
console.log('aliases', proto.readUint8 === proto.readUInt8, proto.writeUintBE === proto.writeUIntBE,
  proto.toLocaleString === proto.toString, proto[Symbol.for('nodejs.util.inspect.custom')] === proto.inspect);
const buffer = require('buffer');
console.log('constants', describe(buffer, 'constants'), Object.isFrozen(buffer.constants));
