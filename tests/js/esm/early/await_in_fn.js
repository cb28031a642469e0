export function f() {
  const v = 1;
  return await v;
}
