// Timer functions validate the callback; bad delays become 1ms.
for (const fn of [setTimeout, setInterval, setImmediate]) {
  try {
    fn('not a function', 1);
  } catch (e) {
    console.log(fn.name, e.name, e.code);
  }
}
setTimeout(() => console.log('negative delay fires'), -10);
setTimeout(() => console.log('NaN delay fires'), NaN);
setTimeout(() => console.log('missing delay fires'));
setTimeout(() => console.log('string delay "20" fires last'), '20');
