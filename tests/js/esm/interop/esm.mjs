export const named = 'named from esm';
export default 'default from esm';
