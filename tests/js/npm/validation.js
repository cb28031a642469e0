// Validation and utility libraries from npm: zod, ajv (which compiles
// validators with new Function), lodash.
const { z } = require('zod');
const User = z.object({ name: z.string().min(1), age: z.number().int().min(0), tags: z.array(z.string()).default([]) });
console.log(User.parse({ name: 'a', age: 3 }));
const bad = User.safeParse({ name: '', age: -1.5 });
console.log(bad.success, bad.error.issues.map((i) => `${i.path.join('.')}:${i.code}`));
const Ajv = require('ajv');
const ajv = new Ajv({ allErrors: true });
const validate = ajv.compile({
  type: 'object',
  properties: { a: { type: 'integer' }, b: { type: 'string', pattern: '^x' } },
  required: ['a'],
  additionalProperties: false,
});
console.log(validate({ a: 1, b: 'xy' }), validate({ b: 'y', c: 1 }), validate.errors.map((e) => `${e.instancePath} ${e.message}`));
const _ = require('lodash');
console.log(_.chunk([1, 2, 3, 4, 5], 2), _.camelCase('Foo Bar'), _.kebabCase('fooBar'), _.cloneDeep({ a: [1, { b: 2 }] }));
console.log(_.groupBy(['one', 'two', 'three'], 'length'), _.uniqBy([{ x: 1 }, { x: 2 }, { x: 1 }], 'x'), _.template('hi <%= n %>')({ n: 'jolt' }));
console.log(_.isEqual({ a: [1, new Date(0)] }, { a: [1, new Date(0)] }), _.merge({ a: { b: 1 } }, { a: { c: 2 } }), _.range(0, 10, 3));
