console.log('runs.js ran (it must not: its graph does not link)');
export const present = 1;
