'use strict';
// vm.Script reads the "//# sourceURL=" and "//# sourceMappingURL=" comments
// (also "//@"), the last of each winning; such text inside strings,
// templates, block comments or regular expressions does not count.
const vm = require('vm');

const cases = [
  '1',
  'x\n//# sourceMappingURL=a.map',
  'x\n//# sourceMappingURL=a.map\n//# sourceMappingURL=b.map',
  'x\n//@ sourceMappingURL=c.map',
  '/*# sourceMappingURL=d.map */',
  'x //# sourceMappingURL=e.map',
  '"//# sourceMappingURL=f.map"',
  'x\n//# sourceMappingURL=g.map  \n',
  'x\n//# sourceMappingURL = h.map',
  'x\n//# sourceMappingURL=',
  '//# sourceURL=foo.js\n//# sourceMappingURL=i.map',
  'x\n//# sourceURL=a b',
  "'a' //# sourceMappingURL=q.map",
  '`\n//# sourceMappingURL=t.map\n`',
  '/*\n//# sourceMappingURL=u.map\n*/',
  'x\n  //# sourceMappingURL=v.map',
  'x\n//#  sourceMappingURL=w.map',
  'x\n//# sourceMappingURL=y.map\n1',
  "x = /'/; //# sourceMappingURL=r.map",
  'x = 4 / 2; //# sourceMappingURL=s.map',
  'x = /a[/]"/; //# sourceMappingURL=k.map',
];
for (const code of cases) {
  const script = new vm.Script(code);
  console.log(JSON.stringify(code), JSON.stringify(script.sourceURL), JSON.stringify(script.sourceMapURL),
              Object.keys(script).join());
}
