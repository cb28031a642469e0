// A top-level `return` in a module: a SyntaxError when it loads, naming
// its file and line; none of its code runs.
console.log("ran");
if (true) {
  return;
}
