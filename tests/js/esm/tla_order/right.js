import './quick.js';
import './slow.js';
import './plain.js';
console.log('right');
