module.exports = function callMe() { return 'called'; };
module.exports.extra = 'extra';
