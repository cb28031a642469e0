// With nothing pending the process exits right after the main script.
console.log('only line');
