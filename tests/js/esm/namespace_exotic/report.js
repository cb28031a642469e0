// What the namespace tests print for a namespace whose bindings may not be
// initialised yet.
import util from 'node:util';

export function report(label, ns) {
  console.log(label, util.inspect(ns));
  for (const read of [() => ns.value, () => Object.getOwnPropertyDescriptor(ns, 'value'),
    () => Reflect.defineProperty(ns, 'value', {})]) {
    try {
      console.log(read());
    } catch (err) {
      console.log(err.name, err.message);
    }
  }
  console.log('value' in ns, Reflect.has(ns, 'value'), Reflect.ownKeys(ns));
}
