if (true) {
  const require = 1;
}
module.exports.kind = `commonjs ${typeof require}`;
