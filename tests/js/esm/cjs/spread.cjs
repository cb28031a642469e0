module.exports = { ...require("./inner.cjs"), extra: 1 };
