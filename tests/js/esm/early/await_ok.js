export const a = async () => await 1;
export const b = async x => { return await x; };
export async function c() { return (async () => await 3)(); }
export const o = { async m() { return await 4; }, await: 5 };
export class K { static async s() { return await 6; } await() { return 7; } }
export const top = await 8;
