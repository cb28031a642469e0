Object.defineProperty(exports, '__esModule', { value: true });
exports.default = 'inner default';
exports.named = 'named';
