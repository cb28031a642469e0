// Imported by ../../vm_import.js through vm scripts.
export const where = 'vm_import/sub/target.js';
