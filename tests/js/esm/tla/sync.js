console.log('sync runs');
export const value = 'sync value';
