const a = 1, c = 2, d = 3;
module.exports = { a, b: c, 'q': d, num: 42, after: c, get g() { return 1; } };
