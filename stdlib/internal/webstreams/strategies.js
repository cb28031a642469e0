'use strict';
// ByteLengthQueuingStrategy and CountQueuingStrategy
// (https://streams.spec.whatwg.org/#qs).

const { kInspect, invalidThis, inspectFields, webIdlClass, codes } = require('internal/webstreams/util');

// One size function per class, the same object on every instance.
function byteLengthSize(chunk) {
  return chunk.byteLength;
}
Object.defineProperty(byteLengthSize, 'name', { __proto__: null, value: 'size' });

function countSize() {
  return 1;
}
Object.defineProperty(countSize, 'name', { __proto__: null, value: 'size' });

function highWaterMarkFromInit(init) {
  if (init === null || (typeof init !== 'object' && typeof init !== 'function')) {
    throw new codes.ERR_INVALID_ARG_TYPE('init', 'Object', init);
  }
  if (init.highWaterMark === undefined) throw new codes.ERR_MISSING_OPTION('init.highWaterMark');
  return Number(init.highWaterMark);
}

function makeStrategy(name, size) {
  let hwmOf;
  const cls = {
    [name]: class {
      #hwm;

      static {
        hwmOf = (o) => (o !== null && typeof o === 'object' && #hwm in o ? o.#hwm : undefined);
      }

      constructor(init) {
        this.#hwm = highWaterMarkFromInit(init);
      }

      get highWaterMark() {
        const hwm = hwmOf(this);
        if (hwm === undefined) throw invalidThis(name);
        return hwm;
      }

      get size() {
        if (hwmOf(this) === undefined) throw invalidThis(name);
        return size;
      }

      [kInspect](depth, options) {
        const hwm = hwmOf(this);
        if (hwm === undefined) throw invalidThis(name);
        return inspectFields(this, name, { highWaterMark: hwm }, depth, options);
      }
    },
  }[name];
  webIdlClass(cls, name, ['highWaterMark', 'size']);
  return cls;
}

const ByteLengthQueuingStrategy = makeStrategy('ByteLengthQueuingStrategy', byteLengthSize);
const CountQueuingStrategy = makeStrategy('CountQueuingStrategy', countSize);

module.exports = { ByteLengthQueuingStrategy, CountQueuingStrategy };
