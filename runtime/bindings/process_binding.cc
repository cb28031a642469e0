// internalBinding('process_methods'): the native facts and calls behind the
// `process` object.
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <climits>
#include <cstdio>
#include <string>
#include <vector>

#include "../runtime.h"
#include "../version.h"
#include "exception.h"
#include "jsc_extra.h"
#include "registry.h"
#include "value.h"

namespace jolt {

namespace {

std::string exec_path() {
  char buf[PATH_MAX];
  ssize_t n = readlink("/proc/self/exe", buf, sizeof(buf) - 1);
  if (n <= 0) return "jolt";
  return std::string(buf, static_cast<size_t>(n));
}

JSObjectRef string_array(JSContextRef ctx, const std::vector<std::string>& items) {
  std::vector<JSValueRef> values;
  values.reserve(items.size());
  for (const auto& s : items) values.push_back(js::make_string(ctx, s));
  return js::make_array(ctx, values.size(), values.data());
}

JSValueRef cwd(JSContextRef ctx, JSObjectRef, JSObjectRef, size_t, const JSValueRef[], JSValueRef* exception) {
  char buf[PATH_MAX];
  if (!getcwd(buf, sizeof(buf))) return js::throw_system_error(ctx, exception, errno, "uv_cwd");
  return js::make_string(ctx, buf);
}

JSValueRef chdir_fn(JSContextRef ctx, JSObjectRef, JSObjectRef, size_t argc, const JSValueRef argv[],
                    JSValueRef* exception) {
  js::Args args{ctx, argc, argv};
  std::string dir = args.utf8(0, exception);
  if (*exception) return nullptr;
  if (::chdir(dir.c_str()) != 0) {
    int err = errno;
    // Like node, name the directory we were in as well as the target.
    char buf[PATH_MAX];
    const char* from = getcwd(buf, sizeof(buf)) ? buf : "";
    return js::throw_system_error(ctx, exception, err, "chdir", from, dir.c_str());
  }
  return JSValueMakeUndefined(ctx);
}

JSValueRef umask_fn(JSContextRef ctx, JSObjectRef, JSObjectRef, size_t argc, const JSValueRef argv[], JSValueRef*) {
  mode_t old;
  if (argc == 0 || JSValueIsUndefined(ctx, argv[0])) {
    old = ::umask(0);
    ::umask(old);
  } else {
    old = ::umask(static_cast<mode_t>(JSValueToNumber(ctx, argv[0], nullptr)) & 0777);
  }
  return JSValueMakeNumber(ctx, old);
}

JSValueRef hrtime_ns(JSContextRef ctx, JSObjectRef, JSObjectRef, size_t, const JSValueRef[], JSValueRef*) {
  return JSValueMakeNumber(ctx, static_cast<double>(loop::Loop::hrtime()));
}

JSValueRef hrtime_bigint(JSContextRef ctx, JSObjectRef, JSObjectRef, size_t, const JSValueRef[],
                         JSValueRef* exception) {
  return JSBigIntCreateWithUInt64(ctx, loop::Loop::hrtime(), exception);
}

// [seconds, nanoseconds] of the monotonic clock, as process.hrtime() needs them.
JSValueRef hrtime_pair(JSContextRef ctx, JSObjectRef, JSObjectRef, size_t, const JSValueRef[], JSValueRef*) {
  uint64_t t = loop::Loop::hrtime();
  JSValueRef items[] = {JSValueMakeNumber(ctx, static_cast<double>(t / 1000000000ull)),
                        JSValueMakeNumber(ctx, static_cast<double>(t % 1000000000ull))};
  return js::make_array(ctx, 2, items);
}

double rss_bytes() {
  FILE* f = std::fopen("/proc/self/statm", "r");
  if (!f) return 0;
  long pages = 0, resident = 0;
  if (std::fscanf(f, "%ld %ld", &pages, &resident) != 2) resident = 0;
  std::fclose(f);
  return static_cast<double>(resident) * static_cast<double>(sysconf(_SC_PAGESIZE));
}

JSValueRef rss(JSContextRef ctx, JSObjectRef, JSObjectRef, size_t, const JSValueRef[], JSValueRef*) {
  return JSValueMakeNumber(ctx, rss_bytes());
}

JSValueRef memory_usage(JSContextRef ctx, JSObjectRef, JSObjectRef, size_t, const JSValueRef[], JSValueRef*) {
  JSObjectRef stats = JSGetMemoryUsageStatistics(ctx);
  auto num = [&](const char* name) { return JSValueToNumber(ctx, js::get(ctx, stats, name), nullptr); };
  JSObjectRef out = js::make_object(ctx);
  js::set(ctx, out, "rss", rss_bytes());
  js::set(ctx, out, "heapTotal", num("heapCapacity"));
  js::set(ctx, out, "heapUsed", num("heapSize"));
  js::set(ctx, out, "external", num("extraMemorySize"));
  js::set(ctx, out, "arrayBuffers", 0.0);
  return out;
}

JSValueRef really_exit(JSContextRef ctx, JSObjectRef, JSObjectRef, size_t argc, const JSValueRef argv[],
                       JSValueRef*) {
  int code = argc > 0 ? JSValueToInt32(ctx, argv[0], nullptr) : 0;
  Runtime::current().exit_now(code);
}

JSValueRef cpu_usage(JSContextRef ctx, JSObjectRef, JSObjectRef, size_t, const JSValueRef[], JSValueRef*) {
  struct rusage ru;
  getrusage(RUSAGE_SELF, &ru);
  JSObjectRef out = js::make_object(ctx);
  js::set(ctx, out, "user", static_cast<double>(ru.ru_utime.tv_sec) * 1e6 + static_cast<double>(ru.ru_utime.tv_usec));
  js::set(ctx, out, "system", static_cast<double>(ru.ru_stime.tv_sec) * 1e6 + static_cast<double>(ru.ru_stime.tv_usec));
  return out;
}

// --expose-gc's gc(): a full collection that is over when it returns, as
// node's is (JSGarbageCollect only hints that one would be worthwhile).
JSValueRef gc(JSContextRef ctx, JSObjectRef, JSObjectRef, size_t, const JSValueRef[], JSValueRef*) {
  JSSynchronousGarbageCollectForDebugging(ctx);
  return JSValueMakeUndefined(ctx);
}

void set_value(JSContextRef ctx, JSObjectRef obj, const char* name, JSValueRef value) {
  js::set(ctx, obj, name, value);
}

// setProcessFacts(process, group): the plain data properties of `process`,
// set here rather than by JS statements: each statement start-up runs is
// parsed, compiled to bytecode and run once, which cost ~0.5M instructions
// for these. Group 0 is what comes before process.env (an accessor JS
// defines), group 1 what comes after it, so Object.keys(process) keeps
// Node's order. Plain assignments' attributes: writable, enumerable,
// configurable.
JSValueRef set_process_facts(JSContextRef ctx, JSObjectRef, JSObjectRef, size_t argc, const JSValueRef argv[],
                             JSValueRef*) {
  js::Args args{ctx, argc, argv};
  if (!args.is_object(0)) return JSValueMakeUndefined(ctx);
  JSObjectRef process = args.object(0);
  const Options& o = Runtime::current().options();
  if (args.int32(1) == 0) {
    js::set(ctx, process, "title", std::string_view("jolt"));
    js::set(ctx, process, "version", std::string_view(kNodeVersion));
    // A frozen object with no prototype, as Object.freeze would make it.
    JSObjectRef versions = js::make_object(ctx);
    JSObjectSetPrototype(ctx, versions, JSValueMakeNull(ctx));
    js::set(ctx, versions, "node", std::string_view(kNodeVersion + 1));
    js::set(ctx, versions, "jolt", std::string_view(kJoltVersion));
    js::set(ctx, versions, "modules", std::string_view(kNodeModulesAbi));
    JSValueRef object_ctor = js::get(ctx, JSContextGetGlobalObject(ctx), "Object");
    if (JSValueIsObject(ctx, object_ctor)) {
      JSValueRef freeze = js::get(ctx, js::as_object(object_ctor), "freeze");
      if (JSValueIsObject(ctx, freeze) && JSObjectIsFunction(ctx, js::as_object(freeze))) {
        JSValueRef target = versions;
        JSObjectCallAsFunction(ctx, js::as_object(freeze), nullptr, 1, &target, nullptr);
      }
    }
    set_value(ctx, process, "versions", versions);
#if defined(__x86_64__)
    js::set(ctx, process, "arch", std::string_view("x64"));
#elif defined(__aarch64__)
    js::set(ctx, process, "arch", std::string_view("arm64"));
#else
    js::set(ctx, process, "arch", std::string_view("unknown"));
#endif
    js::set(ctx, process, "platform", std::string_view("linux"));
    JSObjectRef release = js::make_object(ctx);
    js::set(ctx, release, "name", std::string_view("node"));
    js::set(ctx, release, "lts", std::string_view("Krypton"));
    set_value(ctx, process, "release", release);
    // process.argv: [execPath, script?, ...args]; the script is resolved in JS.
    std::string exe = exec_path();
    std::vector<std::string> argv_items{exe};
    if (o.mode == Options::Mode::Script) argv_items.push_back(o.script);
    if (o.mode == Options::Mode::Stdin && o.explicit_stdin) argv_items.push_back("-");
    argv_items.insert(argv_items.end(), o.script_args.begin(), o.script_args.end());
    set_value(ctx, process, "argv", string_array(ctx, argv_items));
    set_value(ctx, process, "execArgv", string_array(ctx, o.exec_argv));
    js::set(ctx, process, "execPath", exe);
    js::set(ctx, process, "argv0", o.argv0);
    js::set(ctx, process, "pid", static_cast<double>(getpid()));
    js::set(ctx, process, "ppid", static_cast<double>(getppid()));
  } else {
    // process.config is frozen through and through, as in node.
    JSObjectRef config = js::make_object(ctx);
    JSObjectRef target_defaults = js::make_object(ctx);
    JSObjectRef variables = js::make_object(ctx);
    set_value(ctx, config, "target_defaults", target_defaults);
    set_value(ctx, config, "variables", variables);
    JSValueRef object_ctor = js::get(ctx, JSContextGetGlobalObject(ctx), "Object");
    if (JSValueIsObject(ctx, object_ctor)) {
      JSValueRef freeze = js::get(ctx, js::as_object(object_ctor), "freeze");
      if (JSValueIsObject(ctx, freeze) && JSObjectIsFunction(ctx, js::as_object(freeze))) {
        for (JSValueRef o : {static_cast<JSValueRef>(target_defaults), static_cast<JSValueRef>(variables),
                             static_cast<JSValueRef>(config)}) {
          JSObjectCallAsFunction(ctx, js::as_object(freeze), nullptr, 1, &o, nullptr);
        }
      }
    }
    set_value(ctx, process, "config", config);
    // node's keys, in its order; no TLS, no inspector, no TypeScript here.
    JSObjectRef features = js::make_object(ctx);
    js::set_bool(ctx, features, "inspector", false);
    js::set_bool(ctx, features, "debug", false);
    js::set_bool(ctx, features, "uv", true);
    js::set_bool(ctx, features, "ipv6", true);
    js::set_bool(ctx, features, "tls_alpn", false);
    js::set_bool(ctx, features, "tls_sni", false);
    js::set_bool(ctx, features, "tls_ocsp", false);
    js::set_bool(ctx, features, "tls", false);
    js::set_bool(ctx, features, "openssl_is_boringssl", false);
    js::set_bool(ctx, features, "cached_builtins", true);
    js::set_bool(ctx, features, "require_module", true);
    js::set_bool(ctx, features, "quic", false);
    js::set_bool(ctx, features, "typescript", false);
    set_value(ctx, process, "features", features);
    set_value(ctx, process, "moduleLoadList", js::make_array(ctx, 0, nullptr));
    js::set_bool(ctx, process, "_exiting", false);
    js::set_bool(ctx, process, "noDeprecation", o.no_deprecation);
    js::set_bool(ctx, process, "throwDeprecation", o.throw_deprecation);
    js::set_bool(ctx, process, "traceDeprecation", o.trace_deprecation);
  }
  return JSValueMakeUndefined(ctx);
}

}  // namespace

void register_plain_main(JSContextRef ctx, JSObjectRef binding);      // plain_main.cc
void register_console_facade(JSContextRef ctx, JSObjectRef binding);  // console_facade.cc
void register_lazy_globals(JSContextRef ctx, JSObjectRef binding);    // lazy_globals.cc
void register_process_object(JSContextRef ctx, JSObjectRef binding);  // process_object.cc

JSObjectRef init_process_binding(JSContextRef ctx, Runtime& rt) {
  const Options& o = rt.options();
  JSObjectRef b = js::make_object(ctx);
  js::set_method(ctx, b, "cwd", cwd);
  js::set_method(ctx, b, "chdir", chdir_fn);
  js::set_method(ctx, b, "umask", umask_fn);
  js::set_method(ctx, b, "hrtimeNs", hrtime_ns);
  js::set_method(ctx, b, "hrtimePair", hrtime_pair);
  js::set_method(ctx, b, "hrtimeBigint", hrtime_bigint);
  js::set_method(ctx, b, "rss", rss);
  js::set_method(ctx, b, "memoryUsage", memory_usage);
  js::set_method(ctx, b, "cpuUsage", cpu_usage);
  js::set_method(ctx, b, "reallyExit", really_exit);
  js::set_method(ctx, b, "gc", gc);
  js::set_method(ctx, b, "setProcessFacts", set_process_facts);
  register_plain_main(ctx, b);
  register_console_facade(ctx, b);
  register_lazy_globals(ctx, b);
  register_process_object(ctx, b);

  js::set(ctx, b, "pid", static_cast<double>(getpid()));
  js::set(ctx, b, "startTimeNs", static_cast<double>(rt.start_time_ns()));
  js::set(ctx, b, "loopBackend", std::string_view(rt.loop().backend_name()));

  JSObjectRef opts = js::make_object(ctx);
  const char* mode = "repl";
  switch (o.mode) {
    case Options::Mode::Script: mode = "script"; break;
    case Options::Mode::Eval: mode = "eval"; break;
    case Options::Mode::Stdin: mode = "stdin"; break;
    case Options::Mode::Test: mode = "test"; break;
    default: break;
  }
  js::set(ctx, opts, "mode", std::string_view(mode));
  js::set_bool(ctx, opts, "print", o.print);
  js::set(ctx, opts, "evalSource", o.eval_source);
  js::set(ctx, opts, "preload", string_array(ctx, o.preload));
  js::set_bool(ctx, opts, "noWarnings", o.no_warnings);
  js::set_bool(ctx, opts, "noDeprecation", o.no_deprecation);
  js::set_bool(ctx, opts, "throwDeprecation", o.throw_deprecation);
  js::set_bool(ctx, opts, "traceDeprecation", o.trace_deprecation);
  js::set_bool(ctx, opts, "traceWarnings", o.trace_warnings);
  js::set_bool(ctx, opts, "exposeGc", o.expose_gc);
  js::set_bool(ctx, opts, "checkSyntax", o.check_syntax);
  js::set_bool(ctx, opts, "test", o.test);
  js::set_bool(ctx, opts, "testOnly", o.test_only);
  js::set_bool(ctx, opts, "testForceExit", o.test_force_exit);
  js::set(ctx, opts, "testTimeout", o.test_timeout);
  js::set(ctx, opts, "testFiles", string_array(ctx, o.test_files));
  js::set(ctx, opts, "testReporters", string_array(ctx, o.test_reporters));
  js::set(ctx, opts, "testReporterDestinations", string_array(ctx, o.test_reporter_destinations));
  js::set(ctx, opts, "testNamePatterns", string_array(ctx, o.test_name_patterns));
  js::set(ctx, opts, "testSkipPatterns", string_array(ctx, o.test_skip_patterns));
  js::set(ctx, opts, "inputType", o.input_type);
  js::set(ctx, opts, "conditions", string_array(ctx, o.conditions));
  js::set(ctx, b, "options", opts);
  return b;
}

}  // namespace jolt
