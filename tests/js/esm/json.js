// JSON modules need `with { type: 'json' }`.
import data from './json/data.json' with { type: 'json' };
import again from './json/data.json' with { type: 'json' };

console.log(data, data === again);
const ns = await import('./json/data.json', { with: { type: 'json' } });
console.log(Object.keys(ns), ns.default === data);

for (const [what, attributes] of [['no attribute', undefined], ['other type', { type: 'css' }],
  ['unknown key', { kind: 'json' }]]) {
  try {
    await import('./json/data.json', attributes && { with: attributes });
  } catch (err) {
    console.log(what, err.name, err.code, err.message.replace(/file:\/\/\S*\/esm\//, './'));
  }
}
try {
  await import('./basic/lib.js', { with: { type: 'json' } });
} catch (err) {
  console.log(err.code, err.message.replace(/file:\/\/\S*\/esm\//, './'));
}
try {
  await import('./json/broken.json', { with: { type: 'json' } });
} catch (err) {
  console.log(err.name);
}
