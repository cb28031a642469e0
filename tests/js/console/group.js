// console.group indents by two spaces per level, also multi-line output.
console.log('level 0');
console.group('Group A');
console.log('level 1');
console.group();
console.log('level 2\nsecond line');
console.info({ a: 1 });
console.groupEnd();
console.groupCollapsed('Collapsed', 'label');
console.log('inside collapsed');
console.groupEnd();
console.groupEnd();
console.groupEnd(); // extra groupEnd is harmless
console.log('back to 0');
