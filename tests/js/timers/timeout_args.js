// Extra setTimeout/setInterval/setImmediate arguments are passed to the callback.
// (Results are printed at exit: a timer and an immediate set up by the main
// script may run in either order.)
const results = {};
setTimeout((a, b, c) => { results.timeout = [a, b, c]; }, 1, 'x', 2, { z: 3 });
setImmediate((...args) => { results.immediate = args; }, 'i', 1);
const iv = setInterval((n) => { results.interval = n; clearInterval(iv); }, 1, 'n');
// A function callback is called with the Timeout as `this`.
const t = setTimeout(function () { results.thisIsTimeout = this === t; }, 2);
process.on('exit', () => {
  for (const k of ['timeout', 'immediate', 'interval', 'thisIsTimeout']) console.log(k + ':', results[k]);
});
