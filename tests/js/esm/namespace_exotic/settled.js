// Bindings that never change once this module ran: its namespace is read
// from a plain copy (see internal/modules/esm/namespace).
export const value = 1;
export function fn() {}
export let notReassigned = 'fixed';
export { value as '2', value as '10' };
