import { value } from './slow.js';
console.log('dependent sees', value);
