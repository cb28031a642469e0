// The shape of node:os: export order, kinds of values, function names and
// lengths, descriptors, and the ${os.fn} shorthand of the value getters.
const os = require('os');

for (const key of Object.keys(os)) {
  const v = os[key];
  const extra = typeof v === 'function' ? ` length=${v.length} name=${JSON.stringify(v.name)}` : '';
  console.log(key, typeof v, extra);
}

for (const key of ['constants', 'EOL', 'devNull', 'arch']) {
  const d = Object.getOwnPropertyDescriptor(os, key);
  console.log(key, d.writable, d.enumerable, d.configurable);
}
console.log(JSON.stringify(os.EOL), os.devNull);

// Functions that give one value can be used as that value.
const withPrimitive = Object.keys(os).filter((k) => typeof os[k] === 'function' &&
  typeof os[k][Symbol.toPrimitive] === 'function');
console.log('toPrimitive:', withPrimitive.join(' '));
// freemem and uptime change between two calls, so for them the primitive
// form must be a positive number rather than equal to another call.
const kVarying = new Set(['freemem', 'uptime']);
for (const key of withPrimitive) {
  const text = `${os[key]}`;
  const ok = kVarying.has(key) ? Number(text) > 0 : text === String(os[key]());
  if (!ok) console.log('mismatch', key);
}
console.log(`${os.platform}`, `${os.arch}` === process.arch, `${os.endianness}`, `${os.type}`);
console.log(os.homedir.withoutStackTrace.name, typeof os.hostname.withoutStackTrace());
