#include "runtime.h"

#include <jsc/jsc.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <vector>

#include "bindings/registry.h"
#include "builtins.h"
#include "jsc_samples.h"
#include "exception.h"
#include "immediate.h"
#include "jsc_extra.h"

namespace jolt {

namespace {

void run_exit_hooks();  // defined with the hook list below

Runtime* g_current = nullptr;

// The least allocation between two collections (see the constructor).
constexpr size_t kMinBytesBetweenCollections = 4 * 1024 * 1024;

JSValueRef internal_binding(JSContextRef ctx, JSObjectRef, JSObjectRef, size_t argc, const JSValueRef argv[],
                            JSValueRef* exception) {
  js::Args args{ctx, argc, argv};
  std::string name = args.utf8(0, exception);
  if (*exception) return nullptr;
  return Runtime::current().binding(name, exception);
}

}  // namespace

Runtime::Runtime(Options options, std::unique_ptr<loop::Loop> loop)
    : options_(std::move(options)), loop_(std::move(loop)) {
  start_ns_ = loop::Loop::hrtime();
  g_current = this;
  // JSC's deferred work (FinalizationRegistry callbacks, GC timers) waits
  // on a GLib main context that must exist before the first JSC context;
  // glib_pump.h says how the loop runs it.
  glib_ = std::make_unique<GlibPump>(*loop_, [this] {
    if (callback_depth_ == 0) drain_ticks();
  });
  // Explicit resource management (Symbol.dispose, Symbol.asyncDispose,
  // DisposableStack, SuppressedError), which node 24 has, is behind an
  // option in this JSC; it must be set before the first VM exists. (JSC
  // 2.50 has the builtins only: `using` declarations do not parse.)
  jsc_options_set_boolean("useExplicitResourceManagement", TRUE);
  // The full-collection activity timer must never fire: its callback asks
  // WTF's MemoryPressureHandler, whose first use needs WTF's main RunLoop,
  // which only exists when JSC runs on what it calls the main thread (not
  // ours), and it crashed there (exit 139) once the pump ran JSC's timers.
  // A zero CPU share gives it an infinite delay. Full collections still
  // happen when allocation calls for them, and the eden timer and the
  // incremental sweeper still run.
  jsc_options_set_double("percentCPUPerMBForFullTimer", 0.0);
  // A function is compiled by the FTL tier once it has run 4x as long as
  // JSC's default asks (WebKit tunes for pages). The FTL compile is the
  // costliest, on a compiler thread that takes a core from the program's
  // own threads: a burst of 20,000 fs.promises.readFile() spent ~33 ms
  // compiling JSC's promise builtins with FTL for code that was done
  // before it could pay off (bench/fs.sh: 1.20x -> 1.12x bun's time). A
  // server reaches FTL within its first second anyway (bench/http.sh is
  // unchanged). JSC_thresholdForFTLOptimizeAfterWarmUp still overrides it.
  if (!std::getenv("JSC_thresholdForFTLOptimizeAfterWarmUp"))
    jsc_options_set_int("thresholdForFTLOptimizeAfterWarmUp", 400000);
  // A context made through the C API gets JSC's small-heap policy (meant
  // for a page's small scripts): a collection after every 1 MB of
  // allocation at first. 4 MB (JSC's mediumHeapSize) ran a burst of
  // 20,000 fs.promises.readFile() ~4% faster (bench/fs.sh). More costs
  // memory where it shows: streaming 1 GiB through 64 KiB Buffers peaked
  // at 51 MB RSS with 1 MB, 76 MB with 4 MB (node: 87 MB), 109 MB with 8
  // MB and 304 MB with 32 MB (JSC's largeHeapSize), as the mutator
  // outran the concurrent collector. JSC_smallHeapSize still overrides it.
  // (set_uint: set_size trips a GLib type assertion in this JSC and sets 0.)
  if (!std::getenv("JSC_smallHeapSize")) jsc_options_set_uint("smallHeapSize", kMinBytesBetweenCollections);
  ctx_ = JSGlobalContextCreate(nullptr);
  js::String name = js::String::latin1("jolt");
  JSGlobalContextSetName(ctx_, name.get());
  // node:vm's `timeout` uses JSC's watchdog, which only times scripts of an
  // outermost entry into JS begun after it exists: making it now (a few
  // microseconds, no thread) lets timeouts work in the main script too.
  JSContextGroupSetExecutionTimeLimit(JSContextGetGroup(ctx_), 1e9, nullptr, nullptr);
  JSContextGroupClearExecutionTimeLimit(JSContextGetGroup(ctx_));
  bindings_cache_.reset(ctx_, js::make_object(ctx_));
  start_jsc_sampling_if_asked(ctx_);

  // setImmediate: a Check hook (unref'd, so it never keeps the loop alive by
  // itself) runs the queue after poll; an Idle hook, active while ref'd
  // immediates exist, keeps the loop alive and stops poll from blocking.
  immediate_check_ = std::make_unique<loop::PhaseHook>(*loop_, loop::PhaseHook::Phase::Check,
                                                        [this](loop::PhaseHook&) { run_check_phase(); });
  immediate_check_->start();
  immediate_check_->unref();
  immediate_idle_ = std::make_unique<loop::PhaseHook>(*loop_, loop::PhaseHook::Phase::Idle, [](loop::PhaseHook&) {});
}

Runtime::~Runtime() {
  // No JS runs after 'exit': without the hooks, make_callback does nothing,
  // so the loop runs below fire no timer or close callback the program left.
  hooks_ = Hooks();
  run_exit_hooks();  // what exit_now() does first (sanitizer builds end here)
  immediate_check_->close();
  immediate_idle_->close();
  glib_->close();
  // Let the close callbacks run so the handles are unlinked before the loop goes.
  loop_->run(loop::RunMode::NoWait);
  main_entry_.reset();
  bindings_cache_.reset();
  buffer_prototype_.reset();
  JSGlobalContextRelease(ctx_);
  ctx_ = nullptr;
  // Releasing the context finalized the native wrappers; their handles'
  // close callbacks (which free them) run now.
  loop_->run(loop::RunMode::NoWait);
  if (g_current == this) g_current = nullptr;
}

Runtime& Runtime::current() { return *g_current; }

JSValueRef Runtime::binding(const std::string& name, JSValueRef* exception) {
  js::String key = js::String::latin1(name);
  JSObjectRef cache = bindings_cache_.object();
  JSValueRef cached = JSObjectGetProperty(ctx_, cache, key.get(), nullptr);
  if (!JSValueIsUndefined(ctx_, cached)) return cached;
  const BindingEntry* entry = find_binding(name);
  if (!entry) {
    return js::throw_error(ctx_, exception, js::ErrorType::Error, "No such binding: " + name,
                           "ERR_INVALID_MODULE");
  }
  JSObjectRef obj = entry->init(ctx_, *this);
  JSObjectSetProperty(ctx_, cache, key.get(), obj, kJSPropertyAttributeNone, nullptr);
  return obj;
}

void Runtime::bootstrap() {
  JSValueRef exception = nullptr;
  JSObjectRef fn = compile_builtin(ctx_, "internal/bootstrap/node", &exception);
  if (!fn) die_with_exception(exception, "compiling the bootstrap");
  JSObjectRef exports = js::make_object(ctx_);
  JSObjectRef module = js::make_object(ctx_);
  js::set(ctx_, module, "exports", exports);
  JSObjectRef process = js::make_object(ctx_);
  JSValueRef args[] = {exports, JSValueMakeUndefined(ctx_), module, process,
                       js::make_function(ctx_, "internalBinding", internal_binding)};
  JSObjectCallAsFunction(ctx_, fn, nullptr, 5, args, &exception);
  if (exception) die_with_exception(exception, "bootstrapping");
  JSValueRef main = js::get(ctx_, module, "exports");
  if (!JSValueIsObject(ctx_, main) || !JSObjectIsFunction(ctx_, js::as_object(main)))
    die_with_exception(nullptr, "bootstrap did not return the main entry");
  main_entry_.reset(ctx_, main);
  if (!hooks_.run_callback || !hooks_.process_ticks || !hooks_.run_immediate || !hooks_.emit_exit)
    die_with_exception(nullptr, "bootstrap did not register the task queue hooks");
}

JSValueRef Runtime::make_callback(JSObjectRef fn, JSValueRef this_value, size_t argc, const JSValueRef* argv) {
  if (!hooks_.run_callback) return JSValueMakeUndefined(ctx_);  // torn down
  constexpr size_t kMaxArgs = 16;
  JSValueRef call_args[kMaxArgs + 2];
  if (argc > kMaxArgs) argc = kMaxArgs;
  call_args[0] = fn;
  call_args[1] = this_value ? this_value : JSValueMakeUndefined(ctx_);
  for (size_t i = 0; i < argc; i++) call_args[i + 2] = argv[i];

  JSObjectRef trampoline = hooks_.run_callback.object();
  if (argc < Hooks::kFixedArities && hooks_.run_callback_n[argc]) trampoline = hooks_.run_callback_n[argc].object();
  return enter(trampoline, argc + 2, call_args);
}

JSValueRef Runtime::make_headers_callback(JSObjectRef fn, JSValueRef this_value, JSValueRef method, JSValueRef url,
                                          int major, int minor, int flags, const JSValueRef* fields, size_t n) {
  if (!hooks_.run_headers || !hooks_.run_callback || n > kMaxHeaderFields) return nullptr;
  if (major < 0 || major > 255 || minor < 0 || minor > 255 || flags < 0 || flags > 255) return nullptr;
  JSValueRef call_args[5 + kMaxHeaderFields];
  call_args[0] = fn;
  call_args[1] = this_value ? this_value : JSValueMakeUndefined(ctx_);
  call_args[2] = method;
  call_args[3] = url;
  call_args[4] = js::make_number(ctx_, major * 65536 + minor * 256 + flags);
  for (size_t i = 0; i < n; i++) call_args[5 + i] = fields[i];
  return enter(hooks_.run_headers.object(), 5 + n, call_args);
}

// Calls a trampoline from the loop; the ticks run after the outermost one.
JSValueRef Runtime::enter(JSObjectRef trampoline, size_t argc, const JSValueRef* argv) {
  JSValueRef exception = nullptr;
  callback_depth_++;
  JSValueRef result = JSObjectCallAsFunction(ctx_, trampoline, nullptr, argc, argv, &exception);
  callback_depth_--;
  if (exception) die_with_exception(exception, "the callback trampoline");
  // Only the outermost entry drains: a nested call returns into JS, and JSC
  // runs the promise jobs when the outermost call returns anyway.
  if (callback_depth_ == 0) drain_ticks();
  return result ? result : JSValueMakeUndefined(ctx_);
}

void Runtime::drain_ticks() {
  // JSC has already run the promise jobs when the outermost call returned;
  // loop while they scheduled more ticks or left rejections to report.
  while (tick_info_[kHasTickScheduled] || tick_info_[kHasRejectionToWarn]) {
    JSValueRef exception = nullptr;
    callback_depth_++;
    JSObjectCallAsFunction(ctx_, hooks_.process_ticks.object(), nullptr, 0, nullptr, &exception);
    callback_depth_--;
    if (exception) die_with_exception(exception, "processing the nextTick queue");
  }
}

void Runtime::toggle_immediate_ref(bool ref) {
  if (ref)
    immediate_idle_->start();
  else
    immediate_idle_->stop();
}

void Runtime::run_check_phase() {
  if (immediate_info_[kImmediateCount] == 0) return;
  // One entry per immediate, so ticks and promise jobs run between them as in
  // Node; immediates queued meanwhile wait for the next iteration (the JS side
  // takes a snapshot on the first call).
  JSValueRef first = JSValueMakeBoolean(ctx_, true);
  JSValueRef more = make_callback(hooks_.run_immediate.object(), nullptr, 1, &first);
  JSValueRef next = JSValueMakeBoolean(ctx_, false);
  while (JSValueToBoolean(ctx_, more)) more = make_callback(hooks_.run_immediate.object(), nullptr, 1, &next);
}

int Runtime::run() {
  bootstrap();
  make_callback(main_entry_.object(), nullptr, 0, nullptr);
  main_entry_.reset();
  for (;;) {
    loop_->run(loop::RunMode::Default);
    // As in node, finalization callbacks already due run before 'beforeExit'.
    glib_->dispatch_ready();
    // 'beforeExit' may schedule more work; then the loop goes on.
    if (hooks_.emit_before_exit) make_callback(hooks_.emit_before_exit.object(), nullptr, 0, nullptr);
    if (!loop_->alive()) break;
  }
  return finish();
}

int Runtime::finish() {
  JSValueRef code = make_callback(hooks_.emit_exit.object(), nullptr, 0, nullptr);
  return JSValueToInt32(ctx_, code, nullptr);
}

namespace {
std::vector<void (*)()>& exit_hooks() {
  static auto* hooks = new std::vector<void (*)()>();
  return *hooks;
}

void run_exit_hooks() {
  for (auto hook : exit_hooks()) hook();
  exit_hooks().clear();
}
}  // namespace

void Runtime::add_exit_hook(void (*hook)()) {
  exit_hooks().push_back(hook);
}

void Runtime::exit_now(int code) {
  run_exit_hooks();
  if (loop_) loop_->flush_writes();
  std::fflush(stdout);
  std::fflush(stderr);
  _exit(code & 0xff);
}

void Runtime::die_with_exception(JSValueRef exception, const char* where) {
  std::string message = exception ? js::describe_exception(ctx_, exception) : std::string("(no exception)");
  std::string stack;
  if (exception && JSValueIsObject(ctx_, exception)) {
    JSValueRef s = js::get(ctx_, js::as_object(exception), "stack");
    if (JSValueIsString(ctx_, s)) stack = js::to_utf8(ctx_, s);
  }
  std::fprintf(stderr, "jolt: internal error in %s: %s\n%s\n", where, message.c_str(), stack.c_str());
  exit_now(70);  // EX_SOFTWARE: a bug in Jolt, not in the user's program
}

}  // namespace jolt
