import { present, absent } from './runs.js';
console.log(present, absent);
