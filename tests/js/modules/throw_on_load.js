// A module that throws while loading is removed from the cache, so the next
// require runs it again.
for (let i = 0; i < 2; i++) {
  try {
    require('../fixtures/errors/throws_on_load');
  } catch (e) {
    console.log('caught:', e.message);
  }
}
console.log('in cache:', require.resolve('../fixtures/errors/throws_on_load') in require.cache);
