// data: URLs: text/javascript modules, application/json with the JSON
// attribute, base64; no relative imports from them; other types fail.
import answer from 'data:text/javascript,export default 42';
import json from 'data:application/json,{"a":[1,2]}' with { type: 'json' };
import { basename } from 'data:text/javascript,export { basename } from "node:path"';

console.log(answer, json, basename('/x/y.js'));
const encoded = Buffer.from('export const fromBase64 = "decoded";').toString('base64');
console.log((await import(`data:text/javascript;base64,${encoded}`)).fromBase64);
for (const url of ['data:text/javascript,import "./relative.js"', 'data:text/plain,hello',
  'data:application/json,{}']) {
  try {
    await import(url);
    console.log('loaded', url);
  } catch (err) {
    console.log(err.name, err.code);
  }
}
