// process_methods.plainMainScript(): the main script of `jolt file.js` when
// it can run without the CommonJS loader, found natively.
//
// The loader (its text, and compiling what it runs for a main module) costs
// more start-up time than the rest of start-up together, and a script that
// cannot tell whether the loader ran it never needs it. Deciding that in JS
// (internal/main/run_main, as before) cost start-up ~1.5M instructions of
// once-run code; here it is a few system calls and the compile, and the
// bootstrap's main() runs the script without loading run_main at all.
#include <sys/stat.h>
#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <climits>
#include <cstdlib>
#include <string>
#include <string_view>

#include "../cli.h"
#include "../runtime.h"
#include "contextify_compile.h"
#include "registry.h"
#include "js_string.h"
#include "value.h"

namespace jolt {

namespace {

// Words whose absence from a script's text means it cannot tell whether the
// CommonJS loader ran it: the module wrapper's bindings and `arguments`,
// what reaches them (eval) or what the loader rewrites or reads the syntax
// of (import, Function), process (process.mainModule), and \u, with which an
// identifier can spell any of these. (Searched in the file's bytes: UTF-8
// never hides an ASCII byte inside another character.)
constexpr std::string_view kLoaderWords[] = {"require", "module",     "exports",   "process", "import", "__filename",
                                             "__dirname", "arguments", "eval",   "Function", "\\u"};

bool ends_with(std::string_view s, std::string_view tail) {
  return s.size() >= tail.size() && s.substr(s.size() - tail.size()) == tail;
}

// 0 for a file, 1 for a directory, -errno otherwise (fs internalModuleStat).
int module_stat(const std::string& path) {
  struct stat st;
  if (::stat(path.c_str(), &st) != 0) return -errno;
  return S_ISDIR(st.st_mode) ? 1 : 0;
}

bool read_file(const std::string& path, std::string& out) {
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return false;
  char buf[16384];
  for (;;) {
    ssize_t n = ::read(fd, buf, sizeof buf);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      ::close(fd);
      return false;
    }
    if (n == 0) break;
    out.append(buf, static_cast<size_t>(n));
  }
  ::close(fd);
  return true;
}

std::string parent_of(const std::string& path) {
  size_t slash = path.rfind('/');
  if (slash == 0 || slash == std::string::npos) return "/";
  return path.substr(0, slash);
}

// [wrapper function, path, dir] of a .js or .cjs main script (`jolt file.js`, no -r,
// no -c) that needs no path normalizing (its real path is the argument made
// absolute by the cwd, and it is a file), has none of kLoaderWords in its
// text and is CommonJS for sure (a .cjs file, or a .js file with no
// package.json above it, whose "type" could say otherwise) that compiles;
// undefined otherwise. Any failure (an unreadable file, a syntax error) is
// left to the loader to report.
JSValueRef plain_main_script(JSContextRef ctx, JSObjectRef, JSObjectRef, size_t, const JSValueRef[], JSValueRef*) {
  const Options& o = Runtime::current().options();
  JSValueRef none = JSValueMakeUndefined(ctx);
  if (o.mode != Options::Mode::Script || o.check_syntax || !o.preload.empty()) return none;
  const std::string& arg = o.script;
  bool is_js = ends_with(arg, ".js");
  if (!is_js && !ends_with(arg, ".cjs")) return none;
  std::string path = arg;
  if (arg[0] != '/') {
    char cwd[PATH_MAX];
    if (!::getcwd(cwd, sizeof cwd)) return none;
    std::string_view dir(cwd);
    path = dir == "/" ? "/" + arg : std::string(dir) + "/" + arg;
  }
  // A path that is not well-formed UTF-8 would reach JS with U+FFFD in it
  // and no longer name the file: the loader deals with it.
  JSValueRef path_value = js::make_string(ctx, path);
  if (js::to_utf8(ctx, path_value) != path || module_stat(path) != 0) return none;
  char real[PATH_MAX];
  if (!::realpath(path.c_str(), real) || path != real) return none;
  std::string source;
  if (!read_file(path, source)) return none;
  for (std::string_view word : kLoaderWords)
    if (source.find(word) != std::string::npos) return none;
  std::string dir = parent_of(path);
  if (is_js) {
    for (std::string d = dir;; d = parent_of(d)) {
      if (module_stat(d == "/" ? "/package.json" : d + "/package.json") >= 0) return none;
      if (d == "/") break;
    }
  }
  JSValueRef error = nullptr;
  JSValueRef fn = compile_module_wrapper(ctx, js::make_string(ctx, source), path_value, &error);
  if (error || !fn) return none;
  JSValueRef items[] = {fn, path_value, js::make_string(ctx, dir)};
  return js::make_array(ctx, 3, items);
}

}  // namespace

void register_plain_main(JSContextRef ctx, JSObjectRef binding) {
  js::set_method(ctx, binding, "plainMainScript", plain_main_script);
}

}  // namespace jolt
