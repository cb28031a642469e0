exports.plain = 'CommonJS in an untyped .js';
