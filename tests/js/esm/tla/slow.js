console.log('slow: start');
await new Promise((resolve) => setTimeout(resolve, 10));
console.log('slow: end');
export const value = 'slow value';
