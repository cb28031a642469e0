// Text that looks like module syntax but is not: import x from 'nope';
/* export const hidden = 1; import('nope') */
const str = "import y from 'nope'; export { y }";
const tpl = `export const t = 1; ${`nested ${'}'} import('nope')`} ${ { a: '`' }.a }`;
const re = /import\(['"]nope['"]\)|export \{/g;
const division = (10) / 2 / 1;
let counter = 0;
if (counter === 0) /export/.test('x');
const obj = {
  import: 'a key named import',
  export: 'a key named export',
  await: 'a key named await',
  import2() { return this.import; },
};
class Thing {
  import(x) { return `method import(${x})`; }
  static export() { return 'static export'; }
  get await() { return 'getter await'; }
}
const asyncArrow = async () => await Promise.resolve('awaited inside an async arrow');
async function asyncFn() { for await (const v of [1]) return v; }
const regexAfterBrace = () => { return /}/.source; };
const html = '<!-- not a comment in modules? -->'.length;
label: for (const i of [1]) { break label; }
const yieldLike = function* () { yield /re/.source; };
export const results = [str.length, tpl, re.source.length, division, obj.import, obj.export, obj.await,
  obj.import2(), new Thing().import(1), Thing.export(), new Thing().await, regexAfterBrace(),
  html, yieldLike().next().value, typeof asyncArrow, typeof asyncFn];
export default /slash/.source + `${1 / 2}`;
export const usesImportMeta = typeof import.meta.url;
export const dynamic = () => import('./other.js');
export let { a: destructA, b: [destructB] = [] } = { a: 'A', b: ['B'] };
