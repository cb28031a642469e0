export * from './star1.js';
export * from './star2.js';
