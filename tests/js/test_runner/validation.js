'use strict';
// Option validation of test(): bad timeout, concurrency and signal throw at
// once; options that are not an object and a fn that is not a function are
// ignored, as in node.
require('./helpers/mask_stdout');
const { test } = require('node:test');
const show = require('./helpers/show');

show('timeout:', () => test('a', { timeout: -1 }));
show('concurrency 0:', () => test('b', { concurrency: 0 }));
show('concurrency string:', () => test('c', { concurrency: 'x' }));
show('signal:', () => test('g', { signal: 5 }));
show('options not an object:', () => typeof test('options ignored', 5));
show('fn not a function:', () => typeof test('fn ignored', {}, 5));
