'use strict';
// Map and Set (subclasses become plain Map/Set), nested values, shared
// references and cycles.
const key = { k: 1 };
const m = new Map([[key, new Set([1, 'a'])], ['s', [key]]]);
const mc = structuredClone(m);
console.log(mc, mc !== m);
const [ck] = mc.keys();
console.log(ck !== key, mc.get('s')[0] === ck);

class MyMap extends Map {}
const mm = new MyMap([[1, 2]]);
mm.extra = true;
const mmc = structuredClone(mm);
console.log(mmc, Object.getPrototypeOf(mmc) === Map.prototype, mmc.extra);

class MySet extends Set {}
const msc = structuredClone(new MySet([3, 2, 1]));
console.log(msc, Object.getPrototypeOf(msc) === Set.prototype);

const shared = { s: true };
const sc = structuredClone({ a: shared, b: [shared], c: new Map([['x', shared]]) });
console.log(sc.a === sc.b[0], sc.a === sc.c.get('x'), sc.a !== shared);

const cyc = { name: 'root', list: [] };
cyc.self = cyc;
cyc.list.push(cyc, cyc.list);
const cc = structuredClone(cyc);
console.log(cc.self === cc, cc.list[0] === cc, cc.list[1] === cc.list, cc !== cyc);

const selfMap = new Map();
selfMap.set(selfMap, selfMap);
const smc = structuredClone(selfMap);
console.log(smc.get(smc) === smc, smc.has(selfMap));

const selfSet = new Set();
selfSet.add(selfSet);
const ssc = structuredClone(selfSet);
console.log(ssc.has(ssc));
