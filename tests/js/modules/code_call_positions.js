// CommonJS: the columns of a line with calls of eval and Function (which
// the transform rewrites, making the line longer, in a file whose text
// has `import(`) are the file's own: the caret of the uncaught error after
// them is under the right name.
const f = new Function('return "import(x)"'); eval('2'); (0, eval)('3'); f(); null.missing;
