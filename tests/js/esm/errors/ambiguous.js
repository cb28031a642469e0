import { same } from './stars.js';
console.log(same);
