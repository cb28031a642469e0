// Every way of assigning an exported binding after its declaration.
export let a = 0, b = 0, c = 0, d = 0, e = 0, f = 0, g = 0, h = 0, i = 0, j = 0, k = 0, l = 0;
export let m = 0, n = 0, o = 0, p = 0, q = 0, r = 0, s = 0, t = 0, u = 0, v = 0, w = 0, x = 0;
export function run() {
  for (a of [1, 2]);
  for (b in { k: 1 });
  [c] = [3];
  ({ d } = { d: 4 });
  e++;
  f += 6;
  (function inner() { g = 7; })();
  (() => { ({ x: h } = { x: 8 }); })();
  for ([i, j] of [[9, 10]]);
  for ({ k } of [{ k: 11 }]);
  ({ l = 12 } = {});
  [...m] = [13];
  ({ ...n } = { z: 14 });
  ({ key: [o] } = { key: [15] });
  p ||= 16;
  q ??= 17;
  r **= 2; r += 18;
  --s;
  t
  ++
  u;
  (v) = 20;
  class K { set val(nv) { w = nv; } }
  new K().val = 21;
  `${x = 22}`;
}
