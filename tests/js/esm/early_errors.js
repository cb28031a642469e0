// Early errors: node reports these as a SyntaxError when it loads the
// module, before any of its code runs (nothing prints "ran").
const here = new URL('./', import.meta.url).pathname;

async function attempt(name) {
  try {
    const ns = await import(`./early/${name}.js`);
    console.log(name, 'loaded', Object.keys(ns).join(','));
  } catch (err) {
    console.log(name, '->', err.name, err.message.replaceAll(here, './'));
  }
}

for (const name of [
  'return_top', 'return_ok', 'new_target', 'new_target_ok',
  'await_in_fn', 'await_in_arrow', 'await_name', 'await_name_fn', 'await_field', 'await_ok',
  'dup_list', 'dup_decl', 'dup_default', 'dup_default_as', 'dup_ns', 'dup_reexport',
  'undeclared', 'undeclared_global', 'undeclared_block', 'string_name', 'declared',
]) {
  await attempt(name);
}

// The forms that are no error behave.
const ok = await import('./early/return_ok.js');
console.log(ok.ok(), ok.arrow(), ok.t, ok.obj.return);
const nt = await import('./early/new_target_ok.js');
console.log(new nt.F(), nt.F(), nt.arrowInFn());
const aw = await import('./early/await_ok.js');
console.log(await aw.a(), await aw.b(2), await aw.c(), await aw.o.m(), aw.o.await, await aw.K.s(), new aw.K().await(), aw.top);

// `arguments` outside functions is no binding of a module: reading it
// throws a ReferenceError when it runs (not at load).
const args = await import('./early/args.js');
console.log(args.kind, args.own(1, 2));
try {
  args.inArrow();
} catch (err) {
  console.log(err.name);
}
