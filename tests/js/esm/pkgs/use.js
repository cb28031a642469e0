export async function use(specifier) {
  try {
    const ns = await import(specifier);
    return ns.default ?? ns;
  } catch (err) {
    return err.code;
  }
}
