'use strict';
// What tests print comes before their results: the reporter writes a turn
// of the event loop later, as node's reporter streams do.
require('./helpers/mask_stdout');
const { test } = require('node:test');

console.log('loading');
test('sync', () => { console.log('in sync'); });
test('another sync', () => { console.log('in another sync'); });
test('waits for a timer', async () => {
  await new Promise((resolve) => setTimeout(resolve, 20));
  console.log('after the timer');
});
test('last', () => { console.log('in last'); });
console.log('loaded');
