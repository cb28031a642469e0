// One fs binding call, shared by its synchronous and asynchronous forms.
//
// A binding function parses its arguments into a Job and hands it to run().
// When the last argument is a function the Job runs asynchronously: as a
// loop FsRequest (io_uring where the kernel has the opcode, else the worker
// pool) or, for calls io_uring cannot make, as a blocking function on the
// worker pool; the callback gets (err, result) on the loop thread. Otherwise
// the same system call runs on the calling thread and the result is returned
// (or Node's system error thrown). When the last argument is `true` (any
// boolean) the call is asynchronous too but returns a promise (fs/promises): its settlement
// waits for the Check phase of the loop iteration that completed it, and all
// the promises completed in one iteration are settled in one entry into JS.
#pragma once

#include <JavaScriptCore/JavaScript.h>
#include <linux/stat.h>

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "fs_request.h"
#include "value.h"

namespace jolt::fs {

struct Chunk;

// The signature of every binding function (a JSC native callback).
#define FS_FN(name)                                                                                    \
  JSValueRef name(JSContextRef ctx, JSObjectRef, JSObjectRef, size_t argc, const JSValueRef argv[], \
                  JSValueRef* exception)

struct Job;

// readFile's limit (node's kIoMaxLength): a larger file fails with a
// RangeError ERR_FS_FILE_TOO_LARGE, signalled as EFBIG with this syscall
// and the file's size in Job::b.
constexpr size_t kMaxReadFileBytes = 2147483647;
inline constexpr const char kFileTooLarge[] = "readFile size";

// Blocking implementation of a call the loop cannot submit: returns 0 or a
// positive errno (and may set job.syscall to the step that failed).
using BlockingFn = int (*)(Job& job);
// Builds the JS result on the loop/calling thread after success.
using ResultFn = JSValueRef (*)(JSContextRef ctx, Job& job);

struct Job {
  loop::FsRequest req;          // used when `blocking` is null
  BlockingFn blocking = nullptr;
  ResultFn result = nullptr;    // null: undefined
  const char* syscall = "";
  std::string path;             // also the error's path
  std::string dest;             // the error's dest (two-path calls)
  bool error_has_path = true;
  bool error_has_dest = false;
  int64_t res = 0;              // the request's result (fd, bytes...)
  int err = 0;                  // positive errno

  // Inputs and outputs of particular calls.
  int64_t a = 0, b = 0;         // numbers (mode, uid/gid, lengths...)
  double t1 = 0, t2 = 0;        // times (utimes)
  bool flag = false;            // bigint stats, recursive, withFileTypes...
  // stat/lstat/fstat and the io_uring readFile chain only: 256 bytes that
  // every other call (a burst of thousands of readFile()s) would carry.
  std::unique_ptr<struct statx> stx;
  std::string text;             // readlink/realpath/mkdtemp result, file data
  std::vector<std::string> names;
  std::vector<uint8_t> types;
  std::vector<iovec> iov;
  uint8_t* data = nullptr;      // malloc'd file contents (readFile)
  size_t size = 0;
  Chunk* chunk = nullptr;       // set when `data` is a piece of a chunk (fs_chunks.h)
  bool data_in_chunk = false;   // readFile on a pool thread: small files go to a chunk
  bool read_batchable = false;  // a readFile by path the pool may batch (fs_read_batch.h)
  int fd = -1;
  int step = 0;                 // multi-step requests (readFile)

  js::Persistent callback;      // the callback (callback form)
  int32_t slot = -1;            // where the promise's resolve/reject wait (promise form)
  bool as_promise = false;
  js::Persistent keep;          // buffers the kernel reads or writes

  ~Job();
};

// Runs `job` (owned from here) synchronously, or asynchronously when
// `callback` is a function or `true` (the promise form). Returns the result,
// or undefined with *exception set, or undefined (callback) or the promise.
JSValueRef run(JSContextRef ctx, std::unique_ptr<Job> job, JSValueRef callback, JSValueRef* exception);
// Runs `job` asynchronously in the slot form (see promise_slots): returns
// the slot, or null with *exception set.
JSValueRef run_in_slot(JSContextRef ctx, std::unique_ptr<Job> job, JSValueRef* exception);

// Whether `callback` asks for an asynchronous call (a function, or a
// boolean, `true` by convention, for a promise).
bool is_async(JSContextRef ctx, JSValueRef callback);
// Makes `j` a promise job (its resolve/reject kept in the settle queue);
// returns the promise, or null with *exception set.
JSObjectRef make_promise(JSContextRef ctx, Job& j, JSValueRef* exception);
// The array the settle queue keeps resolve/reject pairs in (slot k at 2k
// and 2k + 1). A binding call given a number where its callback goes (the
// slot form) returns the slot it took; the JS caller makes the promise and
// stores its functions there itself, which is cheaper than a native
// JSObjectMakeDeferredPromise and two property stores through the C API.
JSValueRef promise_slots(JSContextRef ctx, JSValueRef* exception);
// How an asynchronous `j` completes, by its callback argument: a function
// (called back), a boolean (returns the promise) or a number (returns the
// slot). Null with *exception set on failure.
JSValueRef attach_completion(JSContextRef ctx, Job& j, JSValueRef callback, JSValueRef* exception);


// Ends an asynchronous multi-step Job (its own req.done drove it): calls
// back with j->err or j->result, and frees the Job.
void finish_async(Job* j);

// Helpers for argument parsing (the JS side has validated already; these
// still refuse anything malformed).
bool path_arg(JSContextRef ctx, JSValueRef v, std::string& out, JSValueRef* exception);
int64_t int_arg(JSContextRef ctx, JSValueRef v, int64_t fallback);

// Stats as an 18-slot Float64Array or BigInt64Array (see fs_stat.cc).
JSValueRef make_stats_array(JSContextRef ctx, const struct statx& s, bool bigint);

// realpath(path[, callback]): node:fs's, and the module loader's (which
// finds it on internalBinding('fs')).
FS_FN(realpath_fn);

void register_ops(JSContextRef ctx, JSObjectRef binding);
void register_dir_ops(JSContextRef ctx, JSObjectRef binding);
void register_file_ops(JSContextRef ctx, JSObjectRef binding);
void register_watch_ops(JSContextRef ctx, JSObjectRef binding);
void register_handle_ops(JSContextRef ctx, JSObjectRef binding);

}  // namespace jolt::fs
