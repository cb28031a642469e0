exports.alpha = 'A';
module.exports.beta = 'B';
exports['gamma'] = 'G';
Object.defineProperty(exports, 'delta', { enumerable: true, value: 'D' });
exports.computed = 'not found by the scan' + '';
