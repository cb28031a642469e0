// Running fs Jobs in their two forms, and the helpers the fs binding files
// share. See fs_job.h.
#include "fs_job.h"

#include <sys/sysmacros.h>
#include <unistd.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <cstring>

#include "../runtime.h"
#include "api_lock.h"
#include "buffer.h"
#include "exception.h"
#include "fs_chunks.h"
#include "fs_read_batch.h"
#include "js_string.h"

namespace jolt::fs {

Job::~Job() {
  if (chunk)
    give_back(data, chunk);
  else
    std::free(data);
  // A multi-step request that failed half-way still owns its descriptor.
  if (fd >= 0) ::close(fd);
}

namespace {

// The pool side of a Job with a blocking function. Kept apart from Job so
// that calls on io_uring do not carry a second request.
struct PoolJob : loop::WorkRequest {
  std::unique_ptr<Job> job;
};

// loop::WorkRequest::batch of readFile jobs: fs_read_batch.cc.
void read_batch(loop::WorkRequest** requests, size_t count) {
  Job* jobs[loop::kMaxWorkBatch];
  for (size_t i = 0; i < count; ++i) jobs[i] = static_cast<PoolJob*>(requests[i])->job.get();
  read_files_batched(jobs, count);
}

JSValueRef error_of(JSContextRef ctx, const Job& j) {
  if (j.err == EFBIG && j.syscall == kFileTooLarge) {
    return js::make_error(ctx, js::ErrorType::RangeError,
                          "File size (" + std::to_string(j.b) + ") is greater than 2 GiB", "ERR_FS_FILE_TOO_LARGE");
  }
  return js::make_system_error(ctx, j.err, j.syscall, j.error_has_path ? j.path.c_str() : nullptr,
                               j.error_has_dest ? j.dest.c_str() : nullptr);
}

void run_blocking(Job& j) {
  if (j.blocking) {
    j.err = j.blocking(j);
    return;
  }
  int64_t r = loop::fs_run_blocking(j.req);
  if (r < 0)
    j.err = static_cast<int>(-r);
  else
    j.res = r;
}

// Promise jobs completed in this loop iteration, settled together in its
// Check phase: one entry into JS (and one microtask drain) for the lot
// instead of one per job, which is most of what a burst of thousands of
// small readFile() promises costs on the loop thread.
//
// A pending promise's resolve and reject functions live in a JS array
// (`slots`, pairs at 2k and 2k+1) rather than being protected one by one,
// and the batch is settled by a small JS function that reads them from
// there: per job that is two array stores on each side instead of two
// JSValueProtect/Unprotect pairs (hash-set updates) and a native call into
// JS per settlement. One queue per thread, as runtimes are; everything here
// lives as long as the process.
struct SettleQueue {
  std::vector<Job*> jobs;     // owned
  std::vector<Job*> running;  // the batch being settled
  loop::PhaseHook* hook = nullptr;
  js::Persistent slots;    // [resolve0, reject0, resolve1, reject1, ...]
  js::Persistent batch;    // the values of the batch, handed to settle
  js::Persistent codes;    // Uint32Array over `code_memory`: the slot codes
  js::Persistent settle;   // settle(slots, codes, batch, length)
  uint32_t* code_memory = nullptr;
  size_t code_capacity = 0;
  std::vector<uint32_t> free_slots;
  std::vector<uint32_t> settling;  // slots of the batch being settled
  uint32_t slot_count = 0;     // slots ever taken
  uint32_t slot_capacity = 0;  // slots the array has room for (it holds 2x entries)
};

SettleQueue& settle_queue() {
  static thread_local auto* q = new SettleQueue();
  return *q;
}

// The JS side of a batch: codes[i] is 2k (fulfil the job in slot k) or
// 2k + 1 (reject it) and the value is element i % kGroup of the array
// batch[i / kGroup]. Both functions of a slot are dropped before the call,
// so a settled promise is not kept alive. The codes are written straight
// into native memory; the values go in as arrays of up to kGroup made in
// one call each (storing them one by one through the C API cost more than
// making them).
constexpr unsigned kGroup = 256;
constexpr const char* kSettleSource =
    "for (let i = 0; i < length; i++) {"
    "  const code = codes[i], base = code - (code & 1), value = batch[i >>> 8][i & 255];"
    "  const fn = slots[code];"
    "  slots[base] = undefined; slots[base + 1] = undefined;"
    "  fn(value);"
    "}"
    "for (let g = 0; g * 256 < length; g++) batch[g] = undefined;";

// Room for `n` codes: the Uint32Array is replaced by a larger one when a
// batch outgrows it (the old one is not kept by the settle function).
void reserve_codes(JSContextRef ctx, SettleQueue& q, size_t n) {
  if (n <= q.code_capacity) return;
  size_t cap = std::max<size_t>(n, q.code_capacity * 2);
  auto* mem = static_cast<uint32_t*>(std::malloc(cap * sizeof(uint32_t)));
  if (!mem) std::abort();
  q.codes.reset(ctx, js::make_typed_array_over(ctx, kJSTypedArrayTypeUint32Array, mem, cap * sizeof(uint32_t)));
  std::free(q.code_memory);
  q.code_memory = mem;
  q.code_capacity = cap;
}

// Turns the jobs of `q.running` into settle codes (q.code_memory) and
// values (arrays of up to kGroup in `batch`); returns how many. Holds the
// API lock throughout: each value is made by a few C API calls, which from
// here (outside any call into JS) would each take and release it.
unsigned collect_batch(JSContextRef ctx, SettleQueue& q, JSObjectRef batch) {
  js::ApiLock lock(ctx);
  unsigned n = 0;
  // A group's values wait here until their array is made: the GC, which
  // may run while the next ones are made, scans this thread's stack.
  JSValueRef group[kGroup];
  for (Job* raw : q.running) {
    std::unique_ptr<Job> j(raw);
    q.settling.push_back(static_cast<uint32_t>(j->slot));
    JSValueRef value;
    uint32_t code = static_cast<uint32_t>(j->slot) * 2;
    if (j->err) {
      value = error_of(ctx, *j);
      code += 1;
    } else {
      value = j->result ? j->result(ctx, *j) : JSValueMakeUndefined(ctx);
    }
    q.code_memory[n] = code;
    group[n % kGroup] = value;
    ++n;
    if (n % kGroup == 0 || n == q.running.size()) {
      unsigned count = (n - 1) % kGroup + 1;
      JSObjectSetPropertyAtIndex(ctx, batch, (n - 1) / kGroup, JSObjectMakeArray(ctx, count, group, nullptr), nullptr);
    }
  }
  return n;
}

void run_batch() {
  SettleQueue& q = settle_queue();
  Runtime& rt = Runtime::current();
  JSContextRef ctx = rt.ctx();
  q.running.swap(q.jobs);  // both keep their capacity
  JSObjectRef batch = q.batch.object();
  std::vector<uint32_t>& done_slots = q.settling;
  done_slots.clear();
  reserve_codes(ctx, q, q.running.size());
  unsigned n = collect_batch(ctx, q, batch);
  q.running.clear();
  JSValueRef args[4] = {q.slots.get(), q.codes.get(), batch, JSValueMakeNumber(ctx, n)};
  rt.make_callback(q.settle.object(), nullptr, 4, args);
  // Free for reuse only now: promises made while the batch was settled
  // (by code run from a resolution) must not take a slot still to be read.
  q.free_slots.insert(q.free_slots.end(), done_slots.begin(), done_slots.end());
}

void queue_settlement(std::unique_ptr<Job> j) {
  SettleQueue& q = settle_queue();
  q.jobs.push_back(j.release());
  q.hook->start();  // a no-op while started
}

// Loop thread: calls back into JS with (err) or (null, result).
void complete(std::unique_ptr<Job> j) {
  if (j->as_promise) {
    queue_settlement(std::move(j));
    return;
  }
  Runtime& rt = Runtime::current();
  JSContextRef ctx = rt.ctx();
  JSValueRef args[2];
  size_t argc = 1;
  if (j->err) {
    args[0] = error_of(ctx, *j);
  } else {
    // Calls without a result call back with (null) alone, as node's do.
    args[0] = JSValueMakeNull(ctx);
    if (j->result) {
      args[1] = j->result(ctx, *j);
      argc = 2;
    }
  }
  // The Job goes before the call (which may start new work), its callback
  // stays protected until the call returns.
  js::Persistent cb = std::move(j->callback);
  j.reset();
  rt.make_callback(cb.object(), nullptr, argc, args);
}

}  // namespace

bool is_async(JSContextRef ctx, JSValueRef callback) {
  // Any boolean is the promise form (JS passes `true`): the type test does
  // not take JSC's lock, reading the value would.
  if (JSValueIsBoolean(ctx, callback) || JSValueIsNumber(ctx, callback)) return true;
  return JSValueIsObject(ctx, callback) && JSObjectIsFunction(ctx, js::as_object(callback));
}

namespace {

// Sets up the settle queue on first use; false with *exception set.
bool ensure_settle_queue(JSContextRef ctx, JSValueRef* exception) {
  SettleQueue& q = settle_queue();
  if (q.hook) return true;
  Runtime& rt = Runtime::current();
  JSStringRef names[4] = {JSStringCreateWithUTF8CString("slots"), JSStringCreateWithUTF8CString("codes"),
                          JSStringCreateWithUTF8CString("batch"), JSStringCreateWithUTF8CString("length")};
  JSStringRef body = JSStringCreateWithUTF8CString(kSettleSource);
  JSObjectRef fn = JSObjectMakeFunction(ctx, nullptr, 4, names, body, nullptr, 0, exception);
  for (JSStringRef n : names) JSStringRelease(n);
  JSStringRelease(body);
  if (!fn) return false;
  q.settle.reset(ctx, fn);
  q.slots.reset(ctx, JSObjectMakeArray(ctx, 0, nullptr, nullptr));
  q.batch.reset(ctx, JSObjectMakeArray(ctx, 0, nullptr, nullptr));
  q.hook = new loop::PhaseHook(rt.loop(), loop::PhaseHook::Phase::Check, [](loop::PhaseHook& h) {
    h.stop();
    run_batch();
  });
  // Never keeps the loop alive itself: it is started from a completion,
  // and the Check phase follows the poll phase that ran it.
  q.hook->unref();
  return true;
}

// Makes room in the slots array for `count` slots, filling the new entries
// with undefined. The JS side stores a new promise's functions at 2k and
// 2k + 1; were those stores appends past the array's end, the optimized
// code that makes them (fs/promises' readFile) would be compiled for
// in-bounds stores and thrown away at the first growth, in the middle of a
// burst of calls. So the array grows here, by doubling, ahead of them.
void reserve_slots(SettleQueue& q, uint32_t count) {
  if (count <= q.slot_capacity) return;
  JSContextRef ctx = Runtime::current().ctx();
  js::ApiLock lock(ctx);
  uint32_t cap = std::max<uint32_t>({count, q.slot_capacity * 2, 256});
  JSObjectRef slots = q.slots.object();
  JSValueRef undefined = JSValueMakeUndefined(ctx);
  for (uint32_t i = q.slot_capacity * 2; i < cap * 2; i++) JSObjectSetPropertyAtIndex(ctx, slots, i, undefined, nullptr);
  q.slot_capacity = cap;
}

// A free slot for `j`, whose resolve and reject the caller stores.
uint32_t take_slot(Job& j) {
  SettleQueue& q = settle_queue();
  uint32_t slot;
  if (q.free_slots.empty()) {
    reserve_slots(q, q.slot_count + 1);
    slot = q.slot_count++;
  } else {
    slot = q.free_slots.back();
    q.free_slots.pop_back();
  }
  j.slot = static_cast<int32_t>(slot);
  j.as_promise = true;
  return slot;
}

}  // namespace

JSObjectRef make_promise(JSContextRef ctx, Job& j, JSValueRef* exception) {
  if (!ensure_settle_queue(ctx, exception)) return nullptr;
  JSObjectRef resolve = nullptr, reject = nullptr;
  JSObjectRef promise = JSObjectMakeDeferredPromise(ctx, &resolve, &reject, exception);
  if (!promise) return nullptr;
  uint32_t slot = take_slot(j);
  JSObjectRef slots = settle_queue().slots.object();
  JSObjectSetPropertyAtIndex(ctx, slots, slot * 2, resolve, nullptr);
  JSObjectSetPropertyAtIndex(ctx, slots, slot * 2 + 1, reject, nullptr);
  return promise;
}

JSValueRef promise_slots(JSContextRef ctx, JSValueRef* exception) {
  if (!ensure_settle_queue(ctx, exception)) return nullptr;
  return settle_queue().slots.get();
}

namespace {
void start(std::unique_ptr<Job> job);
}  // namespace

JSValueRef attach_completion(JSContextRef ctx, Job& j, JSValueRef callback, JSValueRef* exception) {
  if (JSValueIsBoolean(ctx, callback)) return make_promise(ctx, j, exception);
  if (JSValueIsNumber(ctx, callback)) {
    if (!ensure_settle_queue(ctx, exception)) return nullptr;
    return JSValueMakeNumber(ctx, take_slot(j));
  }
  j.callback.reset(ctx, callback);
  return JSValueMakeUndefined(ctx);
}

JSValueRef run(JSContextRef ctx, std::unique_ptr<Job> job, JSValueRef callback, JSValueRef* exception) {
  if (!is_async(ctx, callback)) {
    run_blocking(*job);
    if (job->err) {
      *exception = error_of(ctx, *job);
      return JSValueMakeUndefined(ctx);
    }
    return job->result ? job->result(ctx, *job) : JSValueMakeUndefined(ctx);
  }
  JSValueRef returned = attach_completion(ctx, *job, callback, exception);
  if (!returned) return JSValueMakeUndefined(ctx);
  start(std::move(job));
  return returned;
}

JSValueRef run_in_slot(JSContextRef ctx, std::unique_ptr<Job> job, JSValueRef* exception) {
  if (!ensure_settle_queue(ctx, exception)) return nullptr;
  JSValueRef slot = JSValueMakeNumber(ctx, take_slot(*job));
  start(std::move(job));
  return slot;
}

namespace {

// Hands an asynchronous job, its completion attached, to the loop.
void start(std::unique_ptr<Job> job) {
  loop::Loop& loop = Runtime::current().loop();
  if (!job->blocking) {
    Job* j = job.release();
    if (!j->req.done) {
      j->req.done = [j](loop::FsRequest&, int64_t r) {
        if (r < 0)
          j->err = static_cast<int>(-r);
        else
          j->res = r;
        complete(std::unique_ptr<Job>(j));
      };
    }
    loop.submit_fs(&j->req);
    return;
  }
  auto* p = new PoolJob;
  p->job = std::move(job);
  p->work = [p] { p->job->err = p->job->blocking(*p->job); };
  if (p->job->read_batchable) p->batch = read_batch;
  p->done = [p](int status) {
    std::unique_ptr<PoolJob> owned(p);
    if (status) p->job->err = status;
    complete(std::move(p->job));
  };
  loop.queue_work(p);
}

}  // namespace

void finish_async(Job* j) { complete(std::unique_ptr<Job>(j)); }

bool path_arg(JSContextRef ctx, JSValueRef v, std::string& out, JSValueRef* exception) {
  if (!JSValueIsString(ctx, v)) {
    // A Uint8Array: a path that is not UTF-8, taken byte for byte (toPath
    // in internal/fs/utils checked it for NUL bytes).
    if (JSValueGetTypedArrayType(ctx, v, nullptr) == kJSTypedArrayTypeUint8Array) {
      js::Bytes bytes = js::bytes_of(ctx, v);
      out.assign(reinterpret_cast<const char*>(bytes.data), bytes.length);
      return true;
    }
    js::throw_type_error(ctx, exception, "path must be a string");
    return false;
  }
  js::String str = js::String::adopt(JSValueToStringCopy(ctx, v, exception));
  if (!str) return false;
  // Most paths are ASCII: JSC's own converter (which reads an 8-bit string
  // without widening it) fills a stack buffer, and one ASCII byte per
  // character proves the path was ASCII. Anything else (other characters,
  // lone surrogates, which node writes as U+FFFD and JSC's converter stops
  // at) goes through the general conversion.
  size_t length = JSStringGetLength(str.get());
  char ascii[256];
  bool is_ascii = length < sizeof ascii && JSStringGetUTF8CString(str.get(), ascii, sizeof ascii) == length + 1;
  for (size_t i = 0; is_ascii && i < length; ++i) is_ascii = static_cast<unsigned char>(ascii[i]) < 0x80;
  if (is_ascii) {
    out.assign(ascii, length);
  } else {
    out = str.to_utf8();
  }
  if (out.find('\0') != std::string::npos) {
    js::throw_type_error(ctx, exception, "path must not contain null bytes", "ERR_INVALID_ARG_VALUE");
    return false;
  }
  return true;
}

int64_t int_arg(JSContextRef ctx, JSValueRef v, int64_t fallback) {
  if (!JSValueIsNumber(ctx, v)) return fallback;
  double d = JSValueToNumber(ctx, v, nullptr);
  if (!std::isfinite(d)) return fallback;
  if (d >= 9.2e18) return INT64_MAX;
  if (d <= -9.2e18) return INT64_MIN;
  return static_cast<int64_t>(d);
}

// Slots: dev mode nlink uid gid rdev blksize ino size blocks, then seconds
// and nanoseconds of atime mtime ctime birthtime. Nanoseconds stay apart so
// that the doubles are exact and JS can build both Ms and Ns fields.
JSValueRef make_stats_array(JSContextRef ctx, const struct statx& s, bool bigint) {
  constexpr size_t kSlots = 18;
  JSValueRef exc = nullptr;
  JSObjectRef arr = JSObjectMakeTypedArray(
      ctx, bigint ? kJSTypedArrayTypeBigInt64Array : kJSTypedArrayTypeFloat64Array, kSlots, &exc);
  if (!arr) return JSValueMakeUndefined(ctx);
  void* mem = JSObjectGetTypedArrayBytesPtr(ctx, arr, &exc);
  int64_t v[kSlots] = {
      static_cast<int64_t>(makedev(s.stx_dev_major, s.stx_dev_minor)),
      s.stx_mode,
      s.stx_nlink,
      s.stx_uid,
      s.stx_gid,
      static_cast<int64_t>(makedev(s.stx_rdev_major, s.stx_rdev_minor)),
      s.stx_blksize,
      static_cast<int64_t>(s.stx_ino),
      static_cast<int64_t>(s.stx_size),
      static_cast<int64_t>(s.stx_blocks),
      s.stx_atime.tv_sec,
      s.stx_atime.tv_nsec,
      s.stx_mtime.tv_sec,
      s.stx_mtime.tv_nsec,
      s.stx_ctime.tv_sec,
      s.stx_ctime.tv_nsec,
      (s.stx_mask & STATX_BTIME) ? s.stx_btime.tv_sec : 0,
      (s.stx_mask & STATX_BTIME) ? s.stx_btime.tv_nsec : 0,
  };
  if (bigint) {
    std::memcpy(mem, v, sizeof v);
  } else {
    auto* d = static_cast<double*>(mem);
    for (size_t i = 0; i < kSlots; ++i) d[i] = static_cast<double>(v[i]);
  }
  return arr;
}

}  // namespace jolt::fs
