// The ES module source transform: JSC's C API runs scripts only, so an ES
// module's text is rewritten into a script. One pass of a tokenizer (it
// skips strings, templates, comments and regular expression literals) finds
// the module-level import/export declarations, `import.meta`, `import(`
// and top-level `await`; they are rewritten in place, padded with spaces
// and keeping every newline, so the rest of the code keeps its line and
// column.
//
// The script made from a module (make_script) is, with all of the header
// on the body's first line:
//   (function ($jimp$, $jmeta$, $jexp$, $jscope$) {
//     [with ($jscope$)] return function* () { 'use strict'; $jexp$($jlink$); yield; <module body>
//     ;[var a, b;] function $jlink$() { return [[() => x, ...], [($v) => { a = $v; }, ...]]; }
//   })
// Why this shape:
// - Imports, fast form: imported names are `var`s of the module scope that
//   the loader sets (through the setters) right before the module runs,
//   from the exporters' bindings. Code reads them as plain variables, at
//   full speed. It is exact when every exporter has run before the
//   importer and never reassigns the binding afterwards, which the loader
//   checks per module (the transform reports which exported bindings are
//   reassigned, and the graph tells which dependencies are still running,
//   in a cycle).
// - Imports, live form (any other module): the names are looked up through
//   `$jscope$`, an object with one getter per imported name reading the
//   exporter's binding. The module body is strict code nested in a sloppy
//   `with`, so JavaScript's own scoping decides which references are the
//   import (a parameter or inner `let` of the same name shadows it; keys
//   and property names are never confused with it) without a parser here,
//   and reading an uninitialised binding throws the TDZ ReferenceError.
//   The price: every free name in such a module is resolved dynamically
//   (globals are much slower there).
// - Exports. `$jexp$` receives `$jlink$`, which makes one arrow function
//   per exported local binding (`() => x`): the exporter's later
//   assignments are seen, and reading a let/const/class before its
//   declaration ran throws the engine's own TDZ ReferenceError.
// - Cycles and hoisting. The body is a generator: calling it instantiates
//   the module's scope (hoisted functions exist, let/const are in TDZ) and
//   the first next() only registers the exports; the loader can then link
//   the whole graph before the second next() runs any module code. A module
//   with top-level await is an async generator.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace jolt::esm {

// One `from 'x'` (or `import 'x'`), with its `type` import attribute.
struct Request {
  std::u16string specifier;
  std::u16string type;  // value of `with { type: ... }`, empty if none
  bool has_type = false;
  std::u16string other_attribute;  // first attribute key other than `type`, if any
};

// `import { imported as local }`; imported is "*" for a namespace import.
struct ImportBinding {
  size_t request;
  std::u16string imported;
  std::u16string local;
  size_t offset = 0;  // where the imported name is in the source (for errors)
  bool assigned = false;  // the module assigns to the name (a TypeError, unless shadowed)
};

// `export { local as exported }` and exported declarations.
struct LocalExport {
  std::u16string exported;
  std::u16string local;
  // The binding is assigned somewhere after its declaration (`x = ...`,
  // `x++`, ...; conservatively, a shadowing local's assignment counts too):
  // importers must read it live (see the loader's two script shapes).
  bool reassigned = false;
  size_t offset = 0;  // where the exported name is in the source (for errors)
  bool listed = false;  // from `export { local }` (the others declare it)
};

// `export { imported as exported } from 'x'`; imported "*" is `export * as`.
struct ReExport {
  size_t request;
  std::u16string imported;
  std::u16string exported;
  size_t offset = 0;
};

struct Result {
  std::u16string body;  // the module text rewritten (same lines and columns)
  std::vector<Request> requests;
  std::vector<ImportBinding> imports;
  std::vector<LocalExport> exports;
  std::vector<ReExport> reexports;
  std::vector<size_t> star_exports;  // `export * from 'x'`
  bool top_level_await = false;
  size_t first_await_offset = 0;  // of the first top-level await (the unsettled-await warning)
  // Any import/export declaration, import.meta or top-level await: what
  // tells an ES module from a CommonJS one in a .js file without a type.
  bool module_syntax = false;
  // A call of eval or Function was rewritten for import() in the code it
  // runs: the script must declare `$jev$` and `$jfn$` (see the loader's
  // entries.js).
  bool code_calls = false;
  // Where the body is longer than the source (the rewritten calls above):
  // flat (line, column, extra) triples, in order: on that line (1-based),
  // output columns from `column` (0-based, the end of the inserted text) on
  // are `extra` more than in the source.
  std::vector<size_t> column_shifts;
  bool anonymous_default_function = false;  // its name must become 'default'
  bool anonymous_default_class = false;  // the same, once its declaration ran
  // The first of the early errors node reports as a SyntaxError when it
  // loads the module (a top-level `return`, `await` where it is a reserved
  // word, `new.target` outside functions, duplicate exports, an export of
  // an undeclared name); empty if none. `error_name` is the undeclared
  // name. The loader confirms some with the engine (throwEarlyError).
  std::u16string error;
  size_t error_offset = 0;
  std::u16string error_name;
  // How the engine can confirm it: "return", "await" (an await
  // expression where it is none), "new.target", "undeclared", or empty
  // (needs no confirmation: `await` used as a name, duplicate exports).
  std::u16string error_check;
  // The top-level CommonJS code declares `require`, `module`, `exports`,
  // `__filename` or `__dirname` with let/const/class: it cannot be
  // CommonJS (the wrapper's parameters), node takes it for a module.
  bool redeclares_wrapper_name = false;
};

// `module`: the source is an ES module's (false: CommonJS code, of which
// only `import(` is rewritten). In a module, `arguments` outside any
// function that has its own is no binding: it is renamed (see transform.cc).
// `code_calls`: calls of eval and Function are rewritten (see
// Result::code_calls); their arguments then shift on their line.
Result transform(const char16_t* source, size_t length, bool module = true, bool code_calls = true);

// The tokens that start in [from, to) of the source, as flat (start, end)
// offset pairs. For placing the caret under a syntax error: the scanner
// knows whether a line begins inside a comment, string or template.
std::vector<size_t> token_spans(const char16_t* source, size_t length, size_t from, size_t to);

// The whole script for the loader (see the header comment). The header
// comes first on line 1 (JSC numbers lines from 1, so it cannot have a line
// of its own): line 1's columns shift by kHeaderLength, no other moves.
// `live`: imported names are read through `$jscope$` (with); otherwise
// they are `var`s of the module that the loader sets.
std::u16string make_script(const std::u16string& body, bool live, bool tla,
                           const std::vector<std::u16string>& import_locals,
                           const std::vector<std::u16string>& export_locals);
inline constexpr size_t kHeaderLength = 130;

// The local name an `export default <expression>` binds.
inline constexpr char16_t kDefaultLocal[] = u"$jd$";

}  // namespace jolt::esm
