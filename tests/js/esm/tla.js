// Top-level await: a sibling without the async dependency runs while the
// async module waits; the dependent module and the importer wait.
import './tla/slow.js';
import './tla/sync.js';
import './tla/dependent.js';
console.log('main, after all');
const x = await Promise.resolve(42);
console.log('awaited', x);
for await (const v of [Promise.resolve(1), 2]) console.log('for await', v);
