'use strict';
// A script that uses node:test directly: its tests start once it has
// loaded, the spec reporter writes to stdout, and a failure makes the exit
// code 1.
require('./helpers/mask_stdout');
const { test, describe, it } = require('node:test');

let loaded = false;
test('runs after the script has loaded', (t) => {
  t.diagnostic(`loaded: ${loaded}`);
});
describe('suite', () => {
  it('passes', () => {});
  it('fails', () => { throw new Error('expected failure'); });
  it.todo('todo');
});
test('skipped', { skip: true });
test('string failure', () => { throw 'nope'; });
test('with subtest', async (t) => {
  await t.test('subtest', () => {});
});
setTimeout(() => {
  test('declared later', () => {});
}, 20);
loaded = true;
process.on('exit', (code) => console.log('exit code', code, process.exitCode));
