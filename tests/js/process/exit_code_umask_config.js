// process.exitCode's checks (an integer or a string reading as one, kept
// as a number; node's codes and messages), process.umask()'s (an unsigned
// 32-bit integer or an octal string), a frozen process.config, node's
// process.features keys, and the 'warning' event for emitWarning().
'use strict';
for (const v of [2.1, '2.1', 'x', {}, [], true, -1.5, 2n, Infinity, NaN, '0x1', ' 3 ']) {
  try { process.exitCode = v; console.log('ok', typeof v, String(v), process.exitCode); } catch (e) { console.log(typeof v, String(v), e.code, e.message); }
}
process.exitCode = undefined;
process.umask(0o22);
for (const m of ['123', '0o777', 'x', 1.5, -1, 0o1000, {}, null, true, '78']) {
  try { console.log('umask', String(m), process.umask(m).toString(8)); } catch (e) { console.log('umask', String(m), e.code, e.message); }
}
try { process.config.variables = 42; console.log('config writable'); } catch (e) { console.log('config', e.constructor.name); }
try { process.config.x = 1; console.log('config ext'); } catch (e) { console.log('config ext', e.constructor.name); }
console.log(Object.isFrozen(process.config), Object.isFrozen(process.config.variables), Object.keys(process.features).sort().join(','));
process.on('warning', (w) => console.log('warning', w.name, String(w), w.code, w.detail));
process.emitWarning('test', 'DeprecationWarning');
process.emitWarning('test2', { type: 'CustomWarning', code: 'X1', detail: 'more' });
