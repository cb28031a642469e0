// Running fs Jobs in their two forms, and the helpers the fs binding files
// share. See fs_job.h.
#include "fs_job.h"

#include <sys/sysmacros.h>
#include <unistd.h>

#include <cmath>
#include <cstdlib>
#include <cstring>

#include "../runtime.h"
#include "exception.h"
#include "js_string.h"

namespace jolt::fs {

Job::~Job() {
  std::free(data);
  // A multi-step request that failed half-way still owns its descriptor.
  if (fd >= 0) ::close(fd);
}

namespace {

// The pool side of a Job with a blocking function. Kept apart from Job so
// that calls on io_uring do not carry a second request.
struct PoolJob {
  loop::WorkRequest work;
  std::unique_ptr<Job> job;
};

JSValueRef error_of(JSContextRef ctx, const Job& j) {
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

// Loop thread: calls back into JS with (err) or (null, result).
void complete(std::unique_ptr<Job> j) {
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

JSValueRef run(JSContextRef ctx, std::unique_ptr<Job> job, JSValueRef callback, JSValueRef* exception) {
  if (!JSValueIsObject(ctx, callback) || !JSObjectIsFunction(ctx, js::as_object(callback))) {
    run_blocking(*job);
    if (job->err) {
      *exception = error_of(ctx, *job);
      return JSValueMakeUndefined(ctx);
    }
    return job->result ? job->result(ctx, *job) : JSValueMakeUndefined(ctx);
  }
  job->callback.reset(ctx, callback);
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
    return JSValueMakeUndefined(ctx);
  }
  auto* p = new PoolJob;
  p->job = std::move(job);
  p->work.work = [p] { p->job->err = p->job->blocking(*p->job); };
  p->work.done = [p](int status) {
    std::unique_ptr<PoolJob> owned(p);
    if (status) p->job->err = status;
    complete(std::move(p->job));
  };
  loop.queue_work(&p->work);
  return JSValueMakeUndefined(ctx);
}

void finish_async(Job* j) { complete(std::unique_ptr<Job>(j)); }

bool path_arg(JSContextRef ctx, JSValueRef v, std::string& out, JSValueRef* exception) {
  if (!JSValueIsString(ctx, v)) {
    js::throw_type_error(ctx, exception, "path must be a string");
    return false;
  }
  out = js::to_utf8(ctx, v, exception);
  if (*exception) return false;
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
