// .cjs loads when named explicitly but is not one of the tried extensions.
console.log(require('../fixtures/ext/mod.cjs'));
try {
  require('../fixtures/ext/only_cjs');
  console.log('resolved only_cjs without extension (wrong)');
} catch (e) {
  console.log(e.code, '|', e.message.split('\n')[0]);
}
console.log(require('../fixtures/ext/only_cjs.cjs'));
