// node: prefixed names must be builtins.
try {
  require('node:nope');
} catch (e) {
  console.log(e instanceof Error, e.code, '|', e.message);
}
try {
  require('nope-not-a-builtin');
} catch (e) {
  console.log(e.code, '|', e.message.split('\n')[0]);
}
