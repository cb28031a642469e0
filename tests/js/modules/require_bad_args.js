// require validates its argument.
for (const arg of [42, undefined, '']) {
  try {
    require(arg);
  } catch (e) {
    console.log(JSON.stringify(arg) ?? 'undefined', '->', e.name, e.code);
  }
}
