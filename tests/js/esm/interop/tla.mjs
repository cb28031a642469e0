await 1;
export const value = 'after await';
