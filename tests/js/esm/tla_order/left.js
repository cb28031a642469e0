import './after_slow.js';
import './plain.js';
import './quick.js';
console.log('left');
