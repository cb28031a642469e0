module.exports = [require.main === undefined, typeof require.main];
