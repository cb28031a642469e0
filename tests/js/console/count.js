// console.count / countReset.
console.count();
console.count();
console.count('x');
console.count('default');
console.countReset();
console.count();
console.count('x');
console.countReset('x');
console.count('x');
console.countReset('never-counted'); // warning on stderr
