// Imported by the eval tests: which file answered.
export const where = 'eval_import/target.js';
