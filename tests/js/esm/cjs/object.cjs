const helper = () => 'helped';
module.exports = { helper, answer: 42, 'quoted': true };
