'use strict';
// The timeline: getEntries*, clearMarks, clearMeasures.
function names(list) {
  return list.map((e) => `${e.name}:${e.entryType}@${e.startTime}`);
}
performance.mark('m1', { startTime: 30 });
performance.mark('m2', { startTime: 10 });
performance.mark('m1', { startTime: 20 });
performance.measure('s1', { start: 15, end: 40 });
performance.measure('s2', { start: 5, end: 6 });
console.log(names(performance.getEntries()));
console.log(names(performance.getEntriesByType('mark')));
console.log(names(performance.getEntriesByType('measure')));
console.log(performance.getEntriesByType('bogus'));
console.log(names(performance.getEntriesByName('m1')));
console.log(names(performance.getEntriesByName('m1', 'mark')), performance.getEntriesByName('m1', 'measure'));
for (const [label, fn] of [['byName', () => performance.getEntriesByName()],
  ['byType', () => performance.getEntriesByType()]]) {
  try {
    fn();
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}
performance.clearMarks('m1');
console.log(names(performance.getEntriesByType('mark')));
try {
  performance.measure('gone', 'm1');
} catch (e) {
  console.log(e.name, e.message);
}
performance.clearMeasures('s2');
console.log(names(performance.getEntriesByType('measure')));
performance.clearMarks();
performance.clearMeasures();
console.log(performance.getEntries());
