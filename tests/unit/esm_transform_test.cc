// Unit tests of the ES module source transform (runtime/esm/transform.cc).
#include <doctest/doctest.h>

#include <string>

#include "esm/transform.h"

using jolt::esm::Result;

namespace {

// The tests are ASCII: widen byte by byte.
std::u16string u16(const std::string& s) { return std::u16string(s.begin(), s.end()); }

std::string narrow(const std::u16string& s) {
  std::string out;
  for (char16_t c : s) out.push_back(c < 0x80 ? static_cast<char>(c) : '?');
  return out;
}

Result run(const std::string& source) {
  std::u16string text = u16(source);
  return jolt::esm::transform(text.data(), text.size());
}

// Every line of the body has the same length and the same line breaks as
// the source's: nothing moves.
void check_positions(const std::string& source, const Result& r) {
  REQUIRE(r.body.size() == source.size());
  for (size_t i = 0; i < source.size(); i++) {
    if (source[i] == '\n') CHECK(r.body[i] == u'\n');
  }
}

}  // namespace

TEST_CASE("import declarations are blanked and described") {
  std::string source =
      "import def, { a, b as c, 'd e' as f } from './x.js';\n"
      "import * as ns from \"y\" with { type: 'json' };\n"
      "import './side.js'\n"
      "console.log(a);\n";
  Result r = run(source);
  check_positions(source, r);
  CHECK(narrow(r.body).find("import") == std::string::npos);
  CHECK(narrow(r.body).find("console.log(a);") == source.find("console.log(a);"));
  REQUIRE(r.requests.size() == 3);
  CHECK(narrow(r.requests[0].specifier) == "./x.js");
  CHECK(narrow(r.requests[1].type) == "json");
  CHECK(r.requests[1].has_type);
  REQUIRE(r.imports.size() == 5);
  CHECK(narrow(r.imports[0].imported) == "default");
  CHECK(narrow(r.imports[2].imported) == "b");
  CHECK(narrow(r.imports[2].local) == "c");
  CHECK(narrow(r.imports[3].imported) == "d e");
  CHECK(narrow(r.imports[4].imported) == "*");
  CHECK(r.module_syntax);
  CHECK_FALSE(r.top_level_await);
}

TEST_CASE("export forms") {
  std::string source =
      "export const a = 1, { b, c: [d] } = o;\n"
      "export let e = 2;\n"
      "export function f() {}\n"
      "export class G {}\n"
      "export default 40 + 2;\n"
      "export { a as aa };\n"
      "export * from './s.js';\n"
      "export * as ns from './n.js';\n"
      "export { x as y } from './r.js';\n"
      "e = 3;\n";
  Result r = run(source);
  check_positions(source, r);
  std::string names;
  for (const auto& e : r.exports) names += narrow(e.exported) + ":" + narrow(e.local) + (e.reassigned ? "!" : "") + " ";
  CHECK(names == "a:a b:b d:d e:e! f:f G:G default:$jd$ aa:a ");
  CHECK(narrow(r.body).find("const $jd$ =") != std::string::npos);
  REQUIRE(r.star_exports.size() == 1);
  REQUIRE(r.reexports.size() == 2);
  CHECK(narrow(r.reexports[0].imported) == "*");
  CHECK(narrow(r.reexports[1].exported) == "y");
}

TEST_CASE("strings, templates, comments and regexes are skipped") {
  std::string source =
      "const s = 'import x from \"y\"';\n"
      "// export const no = 1;\n"
      "/* import('z') */\n"
      "const t = `${ `export ${'}'} ${ {a: 1}.a }` } import.meta`;\n"
      "const r = /import\\(['\"]x['\"]\\)|[/]export/g;\n"
      "const q = (1) / 2 / 3;\n"
      "if (q) /export/.test(s);\n";
  Result r = run(source);
  check_positions(source, r);
  CHECK(narrow(r.body) == source);
  CHECK_FALSE(r.module_syntax);
  CHECK(r.requests.empty());
}

TEST_CASE("import() and import.meta become the loader's, same length") {
  std::string source = "const m = import.meta.url;\nimport('./a.js').then(f);\nobj.import(1);\nclass K { import(x) {} }\n";
  Result r = run(source);
  check_positions(source, r);
  std::string body = narrow(r.body);
  CHECK(body.find("$jmeta$    .url") != std::string::npos);
  CHECK(body.find("$jimp$('./a.js')") != std::string::npos);
  CHECK(body.find("obj.import(1)") != std::string::npos);
  CHECK(body.find("import(x) {}") != std::string::npos);
}

TEST_CASE("top-level await, not inside functions") {
  CHECK(run("await x;").top_level_await);
  CHECK(run("if (a) { for await (const v of b) {} }").top_level_await);
  CHECK_FALSE(run("async function f() { await x; }").top_level_await);
  CHECK_FALSE(run("const f = async () => await x;").top_level_await);
  CHECK_FALSE(run("const o = { async m() { await x; } };").top_level_await);
  CHECK(run("const f = async () => await x\nconst y = await f()\n").top_level_await);
  CHECK_FALSE(run("obj.await;").top_level_await);
}

TEST_CASE("reassigned exports") {
  Result r = run(
      "export let a = 1, b = 2, c = 3, d = 4;\n"
      "export var e;\n"
      "function f() { a++; b += 1; [c] = [5]; }\n"
      "if (d <= 1 || d == 2) {}\n");
  std::string names;
  for (const auto& e : r.exports) names += narrow(e.local) + (e.reassigned ? "!" : "") + " ";
  CHECK(names == "a! b! c! d e ");
}

TEST_CASE("declaration lists are no assignments; a new statement ends them") {
  Result r = run(
      "export let a = 1,\n  b = 2\n"
      "c = 3\n"
      "export let c, d;\n"
      "for (let i = 0, j = 1; i < j; i++) {}\n");
  std::string names;
  for (const auto& e : r.exports) names += narrow(e.local) + (e.reassigned ? "!" : "") + " ";
  CHECK(names == "a b c! d ");
}

TEST_CASE("a hashbang becomes a comment") {
  std::string source = "#!/usr/bin/env node\nexport default 1;\n";
  Result r = run(source);
  check_positions(source, r);
  CHECK(narrow(r.body).rfind("///usr/bin/env node", 0) == 0);
}

TEST_CASE("make_script: a fixed-length header on line 1") {
  std::u16string fast = jolt::esm::make_script(u"x;", false, false, {u"a"}, {u"b"});
  std::u16string live = jolt::esm::make_script(u"x;", true, true, {u"a"}, {u"b"});
  CHECK(fast.find(u"x;") == jolt::esm::kHeaderLength);
  CHECK(live.find(u"x;") == jolt::esm::kHeaderLength);
  CHECK(narrow(fast).find("var a;") != std::string::npos);
  CHECK(narrow(live).find("with ($jscope$)") != std::string::npos);
  CHECK(narrow(live).find("async function*") != std::string::npos);
}

TEST_CASE("malformed input does not crash") {
  for (const char* s : {"import", "export {", "import {a as", "`${", "/", "/*", "'", "export default", "import.",
                        "export * as", "}}}]]])))", "export const {", "export let [a, ...", "#!"}) {
    Result r = run(s);
    CHECK(r.body.size() >= std::string(s).size());
  }
}

TEST_CASE("calls of eval and Function get their arguments wrapped, and the moved columns reported") {
  Result r = run("x = eval(a, f(b)); (0, eval)(c);\nnew Function('d', e); globalThis.eval(g)\n");
  CHECK(narrow(r.body) ==
        "x = eval(...$jev$(eval, a, f(b))); (0, eval)(...$jev$(eval, c));\n"
        "new Function(...$jfn$(Function, 'd', e)); globalThis.eval(...$jev$(globalThis.eval, g))\n");
  CHECK(r.code_calls);
  // Per insertion: line, output column after it, columns added.
  REQUIRE(r.column_shifts.size() == 8 * 3);
  CHECK(r.column_shifts[0] == 1);
  CHECK(r.column_shifts[1] == 24);  // after "x = eval(...$jev$(eval, "
  CHECK(r.column_shifts[2] == 15);
  CHECK(r.column_shifts[4] == 32);  // after the added ")"
  CHECK(r.column_shifts[5] == 1);
  CHECK(r.column_shifts[12] == 2);

  // Not such calls: a method, `new eval`, a declaration, a call of a call.
  std::string plain = "o.eval(a); new eval(b); function Function(c) {} f(eval)(d); x.Function(e); eval?.(f);\n";
  Result p = run(plain);
  CHECK_FALSE(p.code_calls);
  check_positions(plain, p);

  // Left as written when asked (for placing a syntax error).
  std::string source = "eval(a);\n";
  std::u16string text = u16(source);
  Result kept = jolt::esm::transform(text.data(), text.size(), true, false);
  CHECK_FALSE(kept.code_calls);
  check_positions(source, kept);
}
