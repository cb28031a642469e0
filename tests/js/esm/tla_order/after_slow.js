import './slow.js';
console.log('after slow');
