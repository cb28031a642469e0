'use strict';
// util.inspect of a tree of about 10,000 values: 100 groups of 100 small
// records (no array is longer than the default maxArrayLength of 100).
// At default options depth 2 prints every record and cuts below it; with
// depth: Infinity the nested arrays and objects are printed too.
const { bench } = require('./harness');
const util = require('util');

const tree = {};
for (let g = 0; g < 100; g++) {
  const group = [];
  for (let i = 0; i < 100; i++) {
    const n = g * 100 + i;
    group.push({ id: n, name: `item-${n}`, tags: ['a', `t${n % 7}`], pos: { x: n, y: -n } });
  }
  tree[`group${g}`] = group;
}

bench('inspect: 10k records, default options', () => util.inspect(tree));
bench('inspect: 10k records, depth Infinity', () => util.inspect(tree, { depth: Infinity }));
