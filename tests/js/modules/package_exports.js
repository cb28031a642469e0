// package.json "exports" and "imports" for require(): conditions, subpath
// patterns, null exclusions, sugar, self-reference, and the errors for
// unexported subpaths and invalid targets.
const path = require('path');
const root = path.join(__dirname, '..', 'fixtures', 'pkgexports');
const req = require('module').createRequire(path.join(root, 'index.js'));
const clean = (text) => text.split(root).join('<root>');
function show(request) {
  try {
    const value = req(request);
    console.log(request, '->', JSON.stringify(value), clean(req.resolve(request)));
  } catch (e) {
    console.log(request, '!!', e.code, clean(e.message.split('\n')[0]));
  }
}
for (const request of [
  'cond', 'cond/feature', 'cond/req.js', 'pat/lib/a', 'pat/lib/private/s', 'pat/lib/x/a', 'pat/lib/a.js',
  'pat/data/d.json', 'pat/package.json', 'pat/lib/node_modules/x', 'sugar', 'sugar/hidden.js', 'bad/nodot',
  'bad/mixed', 'bad/arr', 'bad/missing', 'bad/numeric', 'bad/none', 'mixed', 'legacy', 'legacy/lib/other',
  'self',
]) show(request);
console.log(req('self').join('\n'));
