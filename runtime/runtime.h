// The runtime: one JSC context on one event loop, the bootstrap, and the
// callback trampoline that gives Node's ordering of nextTick and promise jobs.
//
// JSC drains its microtask queue whenever the outermost API call returns, so
// every entry from the loop into JS goes through a JS trampoline that runs
// the callback and then the nextTick queue; when the call returns, JSC runs
// the promise jobs; if those queued more ticks (or left rejections
// unhandled), the runtime enters JS again, until both queues are empty. This
// is Node's processTicksAndRejections, split across the API boundary.
#pragma once

#include <JavaScriptCore/JavaScript.h>

#include <cstdint>
#include <memory>
#include <string>

#include "cli.h"
#include "glib_pump.h"
#include "loop.h"
#include "value.h"

namespace jolt {

class Runtime {
 public:
  Runtime(Options options, std::unique_ptr<loop::Loop> loop);
  ~Runtime();
  Runtime(const Runtime&) = delete;
  Runtime& operator=(const Runtime&) = delete;

  // The runtime that owns `ctx` (one per thread for now).
  static Runtime& current();

  JSGlobalContextRef ctx() const { return ctx_; }
  loop::Loop& loop() { return *loop_; }
  const Options& options() const { return options_; }
  uint64_t start_time_ns() const { return start_ns_; }

  // Bootstraps, runs the main entry and then the loop; returns the exit code.
  int run();

  // Node's MakeCallback: calls fn(...args) from the loop through the
  // trampoline, then empties the nextTick and microtask queues. Returns the
  // callback's result (undefined if it threw: the trampoline has already
  // routed the exception to 'uncaughtException' or the fatal handler).
  JSValueRef make_callback(JSObjectRef fn, JSValueRef this_value, size_t argc, const JSValueRef* argv);

  // make_callback for the HTTP parser's onHeaders(method, url, raw, major,
  // minor, flags), where `fields` are the header names and values that the
  // runHeadersCallback trampoline gathers into `raw` in JS. Returns null,
  // having called nothing, without that trampoline, past kMaxHeaderFields
  // fields or with a number out of 0..255: the caller then makes the array
  // itself.
  static constexpr size_t kMaxHeaderFields = 64;
  JSValueRef make_headers_callback(JSObjectRef fn, JSValueRef this_value, JSValueRef method, JSValueRef url,
                                   int major, int minor, int flags, const JSValueRef* fields, size_t n);

  // Flags shared with JS (internal/process/task_queues.js) as an Int32Array.
  enum TickField { kHasTickScheduled = 0, kHasRejectionToWarn = 1, kTickFieldCount };
  int32_t* tick_info() { return tick_info_; }
  // Immediate bookkeeping shared with JS (internal/timers.js) as a Uint32Array.
  enum ImmediateField { kImmediateCount = 0, kImmediateRefCount = 1, kImmediateFieldCount };
  uint32_t* immediate_info() { return immediate_info_; }
  void toggle_immediate_ref(bool ref);

  // JS values the bootstrap hands to native code.
  struct Hooks {
    js::Persistent run_callback;      // (fn, thisArg, ...args)
    static constexpr size_t kFixedArities = 7;
    js::Persistent run_callback_n[kFixedArities];  // (fn, thisArg, a0, .., a{n-1}), optional
    js::Persistent run_headers;       // (fn, thisArg, a0, a1, a3 << 16 | a4 << 8 | a5, ...a2), optional
    js::Persistent process_ticks;     // () -> runs ticks and reports rejections
    js::Persistent run_immediate;     // (isFirst) -> true while more are due
    js::Persistent emit_before_exit;  // ()
    js::Persistent emit_exit;         // () -> exit code
    js::Persistent on_timeout;        // (timeout) runs a JS Timeout whose timer fired
    js::Persistent transparent_proxy; // process.env: inspected through its traps
  };
  Hooks& hooks() { return hooks_; }

  // Ends the process now with `code` (after process.exit's 'exit' event).
  [[noreturn]] void exit_now(int code);
  // Native clean-up that exit_now() runs first, whatever the exit path
  // (a terminal's saved modes put back, ...). Each hook runs once.
  static void add_exit_hook(void (*hook)());
  // Last resort for an exception that escaped the JS error handling.
  [[noreturn]] void die_with_exception(JSValueRef exception, const char* where);

  // The binding object for internalBinding(name), created on first use.
  JSValueRef binding(const std::string& name, JSValueRef* exception);

  // Buffer.prototype, registered by node:buffer when it loads, for the
  // Buffers native code makes (null before): one place for every binding.
  void set_buffer_prototype(JSContextRef ctx, JSValueRef proto) { buffer_prototype_.reset(ctx, proto); }
  JSObjectRef buffer_prototype() const { return buffer_prototype_.object(); }

 private:
  void bootstrap();
  void drain_ticks();
  JSValueRef enter(JSObjectRef trampoline, size_t argc, const JSValueRef* argv);
  void run_check_phase();
  int finish();

  Options options_;
  std::unique_ptr<loop::Loop> loop_;
  JSGlobalContextRef ctx_ = nullptr;
  uint64_t start_ns_ = 0;
  int callback_depth_ = 0;
  int32_t tick_info_[kTickFieldCount] = {};
  uint32_t immediate_info_[kImmediateFieldCount] = {};
  Hooks hooks_;
  js::Persistent bindings_cache_;
  js::Persistent buffer_prototype_;
  js::Persistent main_entry_;
  std::unique_ptr<loop::PhaseHook> immediate_check_;
  std::unique_ptr<loop::PhaseHook> immediate_idle_;
  std::unique_ptr<GlibPump> glib_;
};

}  // namespace jolt
