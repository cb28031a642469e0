// Argument and receiver checks of URLSearchParams methods.
const p = new URLSearchParams();
const calls = {
  append: () => p.append('a'),
  set: () => p.set('a'),
  get: () => p.get(),
  getAll: () => p.getAll(),
  has: () => p.has(),
  delete: () => p.delete(),
  forEach: () => p.forEach(),
  forEachNumber: () => p.forEach(1),
  thisGet: () => URLSearchParams.prototype.get.call({}, 'a'),
  thisToString: () => URLSearchParams.prototype.toString.call({}),
  thisSize: () => Object.getOwnPropertyDescriptor(URLSearchParams.prototype, 'size').get.call({}),
  iteratorNext: () => p.keys().next.call({}),
};
for (const [name, fn] of Object.entries(calls)) {
  try {
    fn();
    console.log(name, 'no error');
  } catch (e) {
    console.log(name, e.name, e.code, e.message);
  }
}
