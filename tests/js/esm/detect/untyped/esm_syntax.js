export const detected = 'ES module syntax in an untyped .js';
