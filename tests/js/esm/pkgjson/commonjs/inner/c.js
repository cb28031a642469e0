module.exports = { kind: `commonjs ${typeof require}` };
