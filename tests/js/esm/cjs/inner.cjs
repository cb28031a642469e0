exports.inner = 1;
exports.shared = 2;
