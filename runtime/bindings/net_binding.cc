// internalBinding('net'): TCP and Unix domain socket handles for node:net.
//
// A handle (createHandle()) is a JS object over a Wrap: first a bare socket
// (after bind), then either a loop::Listener (listen) or a loop::Stream
// (connect, or a connection a listener accepted). Calls return 0 or a
// negative errno; stdlib/net.js turns those into node's errors.
//
// Events reach JS with ONE call each, `this` being the handle, through the
// functions given once to setup():
//   onread(nread, buffer)   nread > 0: a Buffer of exactly the bytes read
//                           (a fresh allocation JS owns); nread < 0: -errno,
//                           or UV_EOF (-4095) when the peer ended its side.
//                           Reading has stopped when nread < 0.
//   onconnection(status, handle)  a listener accepted `handle` (status 0)
//                           or failed to (status < 0, handle undefined).
//   onconnect(status)       a connect() finished.
//   onwrite(status, acked)  the oldest write that returned 1 finished
//                           (writes complete in order, so JS keeps a FIFO
//                           of callbacks). A write that returned 0 is done
//                           as far as JS is concerned: it went out at once,
//                           or it is queued but the queue is within the
//                           limit JS passed (its high-water mark), so JS
//                           need not hear of it again; only its failure is
//                           reported, with acked = true. This saves a JS
//                           call per response on a busy connection.
//   onshutdown(status)      shutdown() finished.
// A C++ consumer (node:http's parser) can take the bytes before JS sees
// them: stream_wrap.h.
//
// Methods of a handle: bind(ip, port, flags), bindPipe(path), listen(backlog),
// connect(ip, port), connectPipe(path), open(fd, connected), readStart(), readStop(),
// writeBuffer(buf, ackLimit), writeString(text, latin1, ackLimit),
// writev(array of buffers, ackLimit), queueSize(), shutdown(),
// close(callback), setNoDelay(on), setKeepAlive(on, delaySeconds),
// resetOnClose() (TCP: the close sends RST; -ENOTSUP for other sockets),
// getsockname(out), getpeername(out), ref(), unref(), hasRef(), fd(),
// engine() ('io_uring' or 'readiness'). And ipFamily(text) -> 4, 6 or 0.
#include <fcntl.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <climits>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <string>
#include <vector>

#include "../encoding/fixed_width.h"
#include "../encoding/utf8.h"
#include "../runtime.h"
#include "api_lock.h"
#include "buffer.h"
#include "class.h"
#include "exception.h"
#include "immediate.h"
#include "listener.h"
#include "registry.h"
#include "stream.h"
#include "stream_wrap.h"
#include "value.h"

namespace jolt {

namespace {

#define NET_FN(name)                                                                                   \
  JSValueRef name(JSContextRef ctx, JSObjectRef, JSObjectRef self, size_t argc, const JSValueRef argv[], \
                  JSValueRef* exception)

struct Callbacks {
  js::Persistent onread, onconnection, onconnect, onwrite, onshutdown;
};

Callbacks& callbacks() {
  static auto* c = new Callbacks();  // never destroyed: handles may outlive main()
  return *c;
}

// One queued write: the loop's request, the buffers it points into (kept
// alive while the kernel may read them) and its iovecs. Recycled.
struct WriteOp {
  loop::WriteReq req;
  bool acked = false;  // JS was told it is done (see onwrite above)
  js::Persistent keep;
  iovec one{};
  std::vector<iovec> many;
  std::string text;  // writeString's bytes (the op owns them, no JS Buffer)
};

std::vector<WriteOp*>& op_pool() {
  static auto* pool = new std::vector<WriteOp*>();
  return *pool;
}

WriteOp* new_op() {
  auto& pool = op_pool();
  if (pool.empty()) return new WriteOp();
  WriteOp* op = pool.back();
  pool.pop_back();
  return op;
}

void free_op(WriteOp* op) {
  op->keep.reset();
  op->many.clear();
  if (op->text.capacity() > 65536) std::string().swap(op->text);  // keep pooled ops small
  op->text.clear();
  op->acked = false;
  auto& pool = op_pool();
  if (pool.size() < 1024)
    pool.push_back(op);
  else
    delete op;
}

// The bytes of the last text written with a text number (writeString's
// `textId`): JS gives the same number only for the same characters, so a
// text written again (an HTTP server's identical responses) is copied from
// here instead of read out of JSC and encoded again. Per thread: each
// runtime numbers its own texts.
struct TextMemo {
  double id = 0;
  bool latin1 = false;
  size_t chars = 0;
  std::string bytes;
};
thread_local TextMemo text_memo;

// A reply deferred to the end of a read's dispatch. A request that arrives
// whole in one read is handled by JS inside the HTTP parser's native
// callback (a ReadConsumer, stream_wrap.h), and its reply is usually the
// text of the last one (TextMemo). Handing that to writeString costs a
// native call, and JSC's C API drops and re-takes its locks around every
// native call and every API call inside one: ~1,900 instructions, 13% of a
// hello-world request. So net.js's writeText, when the handle is the one
// being dispatched and the text is the memo's, only marks it here, and the
// dispatch writes the memo's bytes once the consumer returns. Any native
// call on any handle before that (a write, shutdown, close, ...; see
// this_wrap) writes it first, so bytes keep their order, and so does
// process exit. JS reads and writes the block as a Float64Array.
enum DeferField : unsigned {
  kDeferHandle,      // id of the handle being dispatched (0: none)
  kDeferPending,     // 1: a reply of the memo's bytes waits
  kDeferMemoId,      // the memo's text id when it is one byte per character, else 0
  kDeferMemoLatin1,  // 1 when the memo was encoded as latin1
  kDeferQueued,      // bytes queued on the dispatched handle
  kDeferFields,
};
struct Deferral {
  double block[kDeferFields] = {};
  struct Wrap* wrap = nullptr;  // the handle being dispatched
};
thread_local Deferral deferral;
void flush_deferred();

struct Wrap final : loop::StreamDelegate {
  JSObjectRef self = nullptr;  // rooted by `root` while anything is open
  js::Persistent root;
  int fd = -1;                 // a socket not yet a stream or listener
  bool want_ref = true;
  bool closing = false;
  std::unique_ptr<loop::Stream> stream;
  std::unique_ptr<loop::Listener> listener;
  js::Persistent close_cb;
  net::ReadConsumer* consumer = nullptr;
  JSValueRef ack_ref = nullptr;  // the last ackLimit argument (see ack_limit_of)
  double ack_limit = 0;
  double id = 0;               // this handle's number in the deferral block (see Deferral)
  std::string bound_path;      // a Unix socket this handle created: removed on close

  void on_read(loop::Stream&, ssize_t n, const uint8_t* data) override;
  void on_write(loop::Stream&, loop::WriteReq* req, int status) override;
  void on_connect(loop::Stream&, int status) override { call(callbacks().onconnect, status); }
  void on_shutdown(loop::Stream&, int status) override { call(callbacks().onshutdown, status); }
  void on_accept(int fd_or_error);
  void call(const js::Persistent& fn, int status);
  void make_stream(int sock, bool any_fd = false);
  void closed();
  loop::Handle* handle() {
    if (stream) return stream.get();
    return listener.get();
  }
};

const js::NativeClass& handle_class();

JSObjectRef new_handle(JSContextRef ctx) {
  static double next_id = 0;
  auto* w = new Wrap();
  w->id = ++next_id;
  w->self = handle_class().make(ctx, w);
  return w->self;
}

void Wrap::call(const js::Persistent& fn, int status) {
  Runtime& rt = Runtime::current();
  JSValueRef arg = JSValueMakeNumber(rt.ctx(), status);
  if (fn) rt.make_callback(fn.object(), self, 1, &arg);
}

void Wrap::on_read(loop::Stream&, ssize_t n, const uint8_t* data) {
  Runtime& rt = Runtime::current();
  JSContextRef ctx = rt.ctx();
  if (consumer) {
    Deferral& d = deferral;
    flush_deferred();
    Wrap* outer = d.wrap;
    double outer_id = d.block[kDeferHandle];
    d.wrap = this;
    d.block[kDeferHandle] = id;
    d.block[kDeferQueued] = stream ? static_cast<double>(stream->write_queue_size()) : 1;
    bool taken = consumer->on_read(ctx, self, n, data);
    flush_deferred();
    d.wrap = outer;
    d.block[kDeferHandle] = outer_id;
    if (taken && n > 0) return;
  }
  JSValueRef args[2];
  args[0] = JSValueMakeNumber(ctx, static_cast<double>(n));
  if (n > 0) {
    auto* copy = static_cast<uint8_t*>(std::malloc(static_cast<size_t>(n)));
    std::memcpy(copy, data, static_cast<size_t>(n));
    JSObjectRef buf = js::make_uint8array_adopting(ctx, copy, static_cast<size_t>(n));
    if (JSObjectRef proto = Runtime::current().buffer_prototype()) JSObjectSetPrototype(ctx, buf, proto);
    args[1] = buf;
  } else {
    args[1] = JSValueMakeUndefined(ctx);
  }
  if (callbacks().onread) rt.make_callback(callbacks().onread.object(), self, 2, args);
}

void Wrap::on_write(loop::Stream&, loop::WriteReq* req, int status) {
  auto* op = static_cast<WriteOp*>(req->data);
  bool acked = op->acked;
  free_op(op);
  if (acked && (status == 0 || status == -ECANCELED)) return;
  // Also the writes close() cancelled (from the close phase, before the
  // close callback), so their callbacks get ECANCELED as in node.
  Runtime& rt = Runtime::current();
  JSValueRef args[2] = {JSValueMakeNumber(rt.ctx(), status), JSValueMakeBoolean(rt.ctx(), acked)};
  if (callbacks().onwrite) rt.make_callback(callbacks().onwrite.object(), self, 2, args);
}

void Wrap::make_stream(int sock, bool any_fd) {
  stream = std::make_unique<loop::Stream>(Runtime::current().loop(), sock, this, any_fd);
  if (!want_ref) stream->unref();
  fd = -1;
}

void Wrap::on_accept(int fd_or_error) {
  Runtime& rt = Runtime::current();
  JSContextRef ctx = rt.ctx();
  JSValueRef args[2] = {JSValueMakeNumber(ctx, fd_or_error < 0 ? fd_or_error : 0), JSValueMakeUndefined(ctx)};
  if (fd_or_error >= 0) {
    JSObjectRef h = new_handle(ctx);
    auto* w = js::NativeClass::unwrap<Wrap>(h);
    w->root.reset(ctx, h);
    w->make_stream(fd_or_error);
    args[1] = h;
  }
  if (callbacks().onconnection) rt.make_callback(callbacks().onconnection.object(), self, 2, args);
}

void Wrap::closed() {
  stream.reset();
  listener.reset();
  Runtime& rt = Runtime::current();
  js::Persistent cb = std::move(close_cb);
  js::Persistent keep = std::move(root);  // alive through the callback
  if (cb) rt.make_callback(cb.object(), self, 0, nullptr);
}

void finalize_handle(JSObjectRef obj) {
  auto* w = js::NativeClass::unwrap<Wrap>(obj);
  if (!w) return;
  // Only a handle that never opened anything (or closed already) can be
  // collected: an open one is rooted. Close what is left without JS.
  w->root.abandon();
  w->close_cb.abandon();
  if (w->fd >= 0) ::close(w->fd);
  w->consumer = nullptr;
  if (loop::Handle* h = w->handle()) {
    w->stream.release();
    w->listener.release();
    h->close([h, w] {
      delete h;
      delete w;
    });
    return;
  }
  delete w;
}

Wrap* this_wrap(JSContextRef ctx, JSObjectRef self) {
  if (deferral.block[kDeferPending] != 0) flush_deferred();
  return handle_class().unwrap_checked<Wrap>(ctx, self);
}

// Hands `op` (buffers set) to `w`'s stream: 0 sent at once, 1 queued (its
// on_write follows), or -errno; the op is freed unless queued. Keeps the
// deferral block's count of bytes queued on the dispatched handle.
int queue_op(Wrap* w, WriteOp* op, iovec* iov, unsigned n) {
  op->req.data = op;
  int r = w->stream->write(&op->req, iov, n);
  if (r != 1) free_op(op);
  if (w == deferral.wrap) deferral.block[kDeferQueued] = static_cast<double>(w->stream->write_queue_size());
  return r;
}

void flush_deferred() {
  Deferral& d = deferral;
  if (d.block[kDeferPending] == 0) return;
  d.block[kDeferPending] = 0;
  Wrap* w = d.wrap;
  if (!w || !w->stream || w->closing) return;
  WriteOp* op = new_op();
  op->text.assign(text_memo.bytes);
  op->one = iovec{op->text.data(), op->text.size()};
  // JS was told it is written: no onwrite unless it fails.
  if (queue_op(w, op, &op->one, 1) == 1) op->acked = true;
}

std::string string_arg(JSContextRef ctx, const js::Args& args, size_t i) {
  if (!args.is_string(i)) return std::string();
  return args.utf8(i);
}

int port_arg(const js::Args& args, size_t i) {
  if (!args.is_number(i)) return -1;
  double d = args.number(i);
  if (!(d >= 0 && d <= 65535)) return -1;
  return static_cast<int>(d);
}

JSValueRef status(JSContextRef ctx, int r) { return JSValueMakeNumber(ctx, r); }

// The socket for bind/connect: the handle's bare socket, or a new one.
int ensure_socket(Wrap* w, int family) {
  if (w->fd >= 0) return w->fd;
  int fd = loop::socket_open(family);
  if (fd >= 0) w->fd = fd;
  return fd;
}

bool usable(Wrap* w) { return w && !w->closing && !w->stream && !w->listener; }

// The address of bind/connect(ip, port): 0, or -EINVAL for a bad ip or port.
int ip_address_arg(JSContextRef ctx, const js::Args& args, loop::SockAddr* addr) {
  std::string ip = string_arg(ctx, args, 0);
  return loop::sockaddr_from_ip(ip.c_str(), port_arg(args, 1), addr) < 0 ? -EINVAL : 0;
}

// The address of bindPipe/connectPipe(path), and the path: 0 or a negative errno.
int pipe_address_arg(const js::Args& args, std::string* path, loop::SockAddr* addr) {
  if (!args.is_string(0)) return -EINVAL;
  *path = args.utf8(0);
  int r = loop::sockaddr_from_path(path->data(), path->size(), addr);
  // A path too long for sun_path is refused as libuv does (no truncation).
  return r == -ENAMETOOLONG ? -EINVAL : r;
}

NET_FN(handle_bind) {  // bind(ip, port, flags)
  js::Args args{ctx, argc, argv};
  Wrap* w = this_wrap(ctx, self);
  if (!usable(w)) return status(ctx, -EINVAL);
  loop::SockAddr addr;
  if (int r = ip_address_arg(ctx, args, &addr)) return status(ctx, r);
  int fd = ensure_socket(w, addr.family());
  if (fd < 0) return status(ctx, fd);
  unsigned flags = args.is_number(2) ? static_cast<unsigned>(args.int32(2)) : 0;
  return status(ctx, loop::socket_bind(fd, addr, flags));
}

NET_FN(handle_bind_pipe) {  // bindPipe(path)
  js::Args args{ctx, argc, argv};
  Wrap* w = this_wrap(ctx, self);
  if (!usable(w)) return status(ctx, -EINVAL);
  std::string path;
  loop::SockAddr addr;
  if (int r = pipe_address_arg(args, &path, &addr)) return status(ctx, r);
  int fd = ensure_socket(w, AF_UNIX);
  if (fd < 0) return status(ctx, fd);
  int r = loop::socket_bind(fd, addr, 0);
  // The socket file goes when the server closes (libuv's behaviour, which
  // node programs rely on to listen on the same path again).
  if (r == 0 && !path.empty() && path[0] != '\0') w->bound_path = path;
  return status(ctx, r);
}

NET_FN(handle_listen) {  // listen(backlog)
  js::Args args{ctx, argc, argv};
  Wrap* w = this_wrap(ctx, self);
  if (!usable(w) || w->fd < 0) return status(ctx, -EINVAL);
  int backlog = args.is_number(0) ? args.int32(0) : 511;
  if (int r = loop::socket_listen(w->fd, backlog)) return status(ctx, r);
  w->listener = std::make_unique<loop::Listener>(Runtime::current().loop(), w->fd,
                                                 [w](loop::Listener&, int fd) { w->on_accept(fd); });
  w->fd = -1;
  if (!w->want_ref) w->listener->unref();
  w->root.reset(ctx, self);
  w->listener->start();
  return status(ctx, 0);
}

int connect_to(JSContextRef ctx, Wrap* w, JSObjectRef self, const loop::SockAddr& addr) {
  int fd = ensure_socket(w, addr.family());
  if (fd < 0) return fd;
  w->make_stream(fd);
  w->root.reset(ctx, self);
  return w->stream->connect(addr);
}

NET_FN(handle_connect) {  // connect(ip, port)
  js::Args args{ctx, argc, argv};
  Wrap* w = this_wrap(ctx, self);
  if (!usable(w)) return status(ctx, -EINVAL);
  loop::SockAddr addr;
  if (int r = ip_address_arg(ctx, args, &addr)) return status(ctx, r);
  return status(ctx, connect_to(ctx, w, self, addr));
}

NET_FN(handle_connect_pipe) {  // connectPipe(path)
  js::Args args{ctx, argc, argv};
  Wrap* w = this_wrap(ctx, self);
  if (!usable(w)) return status(ctx, -EINVAL);
  std::string path;
  loop::SockAddr addr;
  if (int r = pipe_address_arg(args, &path, &addr)) return status(ctx, r);
  return status(ctx, connect_to(ctx, w, self, addr));
}

// open(fd, connected): adopts an fd the program passed (net.Socket({ fd }),
// server.listen({ fd })). connected: a stream now (a connected socket, a
// pipe or a terminal); otherwise a bare socket for listen(). The handle owns
// the fd from here on.
NET_FN(handle_open) {
  js::Args args{ctx, argc, argv};
  Wrap* w = this_wrap(ctx, self);
  if (!usable(w) || w->fd >= 0 || !args.is_number(0)) return status(ctx, -EINVAL);
  double d = args.number(0);
  if (!(d >= 0 && d <= INT_MAX) || d != static_cast<int>(d)) return status(ctx, -EINVAL);
  int fd = static_cast<int>(d);
  if (::fcntl(fd, F_GETFD) < 0) return status(ctx, -errno);
  if (JSValueToBoolean(ctx, args[1])) {
    w->make_stream(fd, true);
    w->root.reset(ctx, self);
  } else {
    w->fd = fd;
  }
  return status(ctx, 0);
}

NET_FN(handle_read_start) {
  Wrap* w = this_wrap(ctx, self);
  if (!w || !w->stream || w->closing) return status(ctx, -EINVAL);
  return status(ctx, w->stream->read_start());
}

NET_FN(handle_read_stop) {
  Wrap* w = this_wrap(ctx, self);
  if (w && w->stream && !w->closing) w->stream->read_stop();
  return status(ctx, 0);
}

// Hands `op` (buffers set) to the stream: 0 done (or acknowledged: queued
// within `ack_limit` bytes), 1 queued (onwrite follows), or -errno.
// Inside a native function every C API call re-takes JSC's lock (~20 ns):
// the per-write arguments that rarely change are compared with the last
// value seen instead of converted again (equal refs are equal values).
double ack_limit_of(JSContextRef ctx, Wrap* w, JSValueRef v) {
  if (v != w->ack_ref) {
    w->ack_limit = JSValueIsNumber(ctx, v) ? JSValueToNumber(ctx, v, nullptr) : 0;
    w->ack_ref = v;  // a number: an immediate value, or kept alive by the caller only for this call
    if (!(w->ack_limit >= 0)) w->ack_limit = 0;
  }
  return w->ack_limit;
}

bool is_true(JSContextRef ctx, JSValueRef v) {
  static JSValueRef const yes = JSValueMakeBoolean(ctx, true);
  static JSValueRef const no = JSValueMakeBoolean(ctx, false);
  if (v == yes) return true;
  if (v == no) return false;
  return JSValueToBoolean(ctx, v);
}

int submit_write(JSContextRef ctx, Wrap* w, WriteOp* op, JSValueRef keep, iovec* iov, unsigned n,
                 JSValueRef ack_limit) {
  int r = queue_op(w, op, iov, n);
  if (r != 1) return r;
  if (keep) op->keep.reset(ctx, keep);
  double limit = ack_limit_of(ctx, w, ack_limit);
  if (limit > 0 && static_cast<double>(w->stream->write_queue_size()) <= limit) {
    op->acked = true;
    return 0;
  }
  return 1;
}

NET_FN(handle_write_buffer) {  // writeBuffer(buf, ackLimit)
  js::ApiLock lock(ctx);  // several C API calls below: one acquisition
  js::Args args{ctx, argc, argv};
  Wrap* w = this_wrap(ctx, self);
  if (!w || !w->stream || w->closing) return status(ctx, -EBADF);
  js::Bytes b = js::bytes_of(ctx, args[0]);
  if (!b.data && b.length) return status(ctx, -EINVAL);
  WriteOp* op = new_op();
  op->one = iovec{b.data, b.length};
  return status(ctx, submit_write(ctx, w, op, args[0], &op->one, 1, args[1]));
}


// writeString(string, latin1, ackLimit[, textId]): the string encoded as
// UTF-8 (or latin1 when `latin1` is true) straight into the op, saving JS a
// Buffer per write. Returns -errno, or bytes * 2 + (1 when onwrite follows,
// else 0), so JS learns the byte count without another call; undefined (no
// value to make) in the common case of a write done at once whose byte
// count is the string's length. A positive `textId` names the characters
// (see TextMemo).
NET_FN(handle_write_string) {
  js::ApiLock lock(ctx);  // several C API calls below: one acquisition
  js::Args args{ctx, argc, argv};
  Wrap* w = this_wrap(ctx, self);
  if (!w || !w->stream || w->closing) return status(ctx, -EBADF);
  if (argc < 1) return status(ctx, -EINVAL);
  const bool latin1 = is_true(ctx, args[1]);
  const double id = argc > 3 ? js::to_number(ctx, argv[3]) : 0;
  TextMemo& memo = text_memo;
  WriteOp* op = new_op();
  std::string& text = op->text;
  size_t n;
  if (id > 0 && id == memo.id && latin1 == memo.latin1) {
    n = memo.chars;
    text.assign(memo.bytes);
  } else {
    js::String str = js::String::from_value(ctx, argv[0]);
    if (!str) {
      free_op(op);
      return status(ctx, -EINVAL);
    }
    n = str.length();
    const char16_t* chars = n ? str.chars() : u"";
    if (latin1) {
      text.resize(n);
      encoding::latin1_encode(chars, n, reinterpret_cast<uint8_t*>(text.data()));
    } else {
      text.resize(encoding::utf8_length(chars, n));
      encoding::utf8_encode(chars, n, reinterpret_cast<uint8_t*>(text.data()), text.size());
    }
    if (id > 0) {
      memo.id = id;
      memo.latin1 = latin1;
      memo.chars = n;
      memo.bytes.assign(text);
      deferral.block[kDeferMemoId] = text.size() == n ? id : 0;
      deferral.block[kDeferMemoLatin1] = latin1 ? 1 : 0;
    }
  }
  const size_t bytes = text.size();
  op->one = iovec{text.data(), bytes};
  int r = submit_write(ctx, w, op, nullptr, &op->one, 1, args[2]);
  if (r < 0) return status(ctx, r);
  if (r == 0 && bytes == n) return nullptr;
  return JSValueMakeNumber(ctx, static_cast<double>(bytes) * 2 + r);
}

NET_FN(handle_writev) {  // writev([buf, ...], ackLimit)
  js::ApiLock lock(ctx);  // several C API calls below: one acquisition
  js::Args args{ctx, argc, argv};
  Wrap* w = this_wrap(ctx, self);
  if (!w || !w->stream || w->closing) return status(ctx, -EBADF);
  if (!args.is_object(0)) return status(ctx, -EINVAL);
  JSObjectRef arr = args.object(0);
  static js::PropertyName length_name("length");
  double len = JSValueToNumber(ctx, js::get(ctx, arr, length_name), nullptr);
  if (!(len >= 0 && len <= 1e6)) return status(ctx, -EINVAL);
  WriteOp* op = new_op();
  size_t n = static_cast<size_t>(len);
  op->many.reserve(n);
  for (size_t i = 0; i < n; ++i) {
    js::Bytes b = js::bytes_of(ctx, JSObjectGetPropertyAtIndex(ctx, arr, static_cast<unsigned>(i), nullptr));
    if (b.length) op->many.push_back(iovec{b.data, b.length});
  }
  return status(ctx, submit_write(ctx, w, op, arr, op->many.data(), static_cast<unsigned>(op->many.size()), args[1]));
}

NET_FN(handle_queue_size) {
  Wrap* w = this_wrap(ctx, self);
  return JSValueMakeNumber(ctx, w && w->stream ? static_cast<double>(w->stream->write_queue_size()) : 0);
}

NET_FN(handle_shutdown) {
  Wrap* w = this_wrap(ctx, self);
  if (!w || !w->stream || w->closing) return status(ctx, -ENOTCONN);
  return status(ctx, w->stream->shutdown());
}

NET_FN(handle_close) {  // close(callback)
  js::Args args{ctx, argc, argv};
  Wrap* w = this_wrap(ctx, self);
  if (!w || w->closing) return JSValueMakeUndefined(ctx);
  w->closing = true;
  w->consumer = nullptr;
  if (args.is_function(0)) w->close_cb.reset(ctx, args[0]);
  w->root.reset(ctx, self);  // alive until the callback
  if (!w->bound_path.empty()) {
    ::unlink(w->bound_path.c_str());
    w->bound_path.clear();
  }
  if (loop::Handle* h = w->handle()) {
    h->close([w] { w->closed(); });
  } else {
    if (w->fd >= 0) ::close(w->fd);
    w->fd = -1;
    Runtime::current().loop().defer([w] { w->closed(); });
  }
  return JSValueMakeUndefined(ctx);
}

int sock_fd(Wrap* w) {
  if (!w) return -1;
  if (w->stream) return w->stream->fd();
  if (w->listener) return w->listener->fd();
  return w->fd;
}

NET_FN(handle_set_nodelay) {
  js::Args args{ctx, argc, argv};
  int fd = sock_fd(this_wrap(ctx, self));
  if (fd < 0) return status(ctx, -EBADF);
  return status(ctx, loop::socket_set_nodelay(fd, JSValueToBoolean(ctx, args[0])));
}

NET_FN(handle_reset_on_close) {
  int fd = sock_fd(this_wrap(ctx, self));
  if (fd < 0) return status(ctx, -EBADF);
  return status(ctx, loop::socket_reset_on_close(fd));
}

NET_FN(handle_set_keepalive) {
  js::Args args{ctx, argc, argv};
  int fd = sock_fd(this_wrap(ctx, self));
  if (fd < 0) return status(ctx, -EBADF);
  double d = args.is_number(1) ? args.number(1) : 0;
  unsigned delay = d > 0 && d < 1e6 ? static_cast<unsigned>(d) : 0;
  return status(ctx, loop::socket_set_keepalive(fd, JSValueToBoolean(ctx, args[0]), delay));
}

JSValueRef name_of(JSContextRef ctx, JSObjectRef self, const js::Args& args, bool peer) {
  int fd = sock_fd(this_wrap(ctx, self));
  if (fd < 0) return status(ctx, -EBADF);
  if (!args.is_object(0)) return status(ctx, -EINVAL);
  loop::SockAddr a;
  if (int r = loop::socket_name(fd, peer, &a)) return status(ctx, r);
  // Unix sockets have no address node reports (the server's path comes
  // from net.js).
  if (a.family() == AF_UNIX) return status(ctx, -ENOTSUP);
  std::string host;
  int port = 0;
  if (!loop::sockaddr_to_text(a, &host, &port)) return status(ctx, -EAFNOSUPPORT);
  JSObjectRef out = args.object(0);
  js::set(ctx, out, "address", host);
  if (a.family() != AF_UNIX) {
    js::set(ctx, out, "family", a.family() == AF_INET6 ? "IPv6" : "IPv4");
    js::set(ctx, out, "port", static_cast<double>(port));
  }
  return status(ctx, 0);
}

NET_FN(handle_getsockname) { return name_of(ctx, self, js::Args{ctx, argc, argv}, false); }
NET_FN(handle_getpeername) { return name_of(ctx, self, js::Args{ctx, argc, argv}, true); }

// The wish is kept for a handle that has no loop handle yet (before
// listen/connect) and applied when it gets one.
JSValueRef set_ref(JSContextRef ctx, JSObjectRef self, bool on) {
  if (Wrap* w = this_wrap(ctx, self)) {
    w->want_ref = on;
    if (loop::Handle* h = w->handle()) on ? h->ref() : h->unref();
  }
  return JSValueMakeUndefined(ctx);
}

NET_FN(handle_ref) { return set_ref(ctx, self, true); }
NET_FN(handle_unref) { return set_ref(ctx, self, false); }

NET_FN(handle_has_ref) {
  Wrap* w = this_wrap(ctx, self);
  return JSValueMakeBoolean(ctx, w && w->want_ref);
}

NET_FN(handle_id) {  // id() -> the handle's number in the deferral block
  Wrap* w = this_wrap(ctx, self);
  return JSValueMakeNumber(ctx, w ? w->id : 0);
}

NET_FN(handle_fd) { return JSValueMakeNumber(ctx, sock_fd(this_wrap(ctx, self))); }

NET_FN(handle_engine) {
  Wrap* w = this_wrap(ctx, self);
  bool native = w && ((w->stream && w->stream->native()) || (w->listener && w->listener->native()));
  return js::make_string(ctx, native ? "io_uring" : "readiness");
}

const js::NativeClass& handle_class() {
  static const js::NativeClass cls("NetHandle", finalize_handle,
                                   {{"bind", handle_bind},
                                    {"bindPipe", handle_bind_pipe},
                                    {"listen", handle_listen},
                                    {"connect", handle_connect},
                                    {"connectPipe", handle_connect_pipe},
                                    {"open", handle_open},
                                    {"readStart", handle_read_start},
                                    {"readStop", handle_read_stop},
                                    {"writeBuffer", handle_write_buffer},
                                    {"writeString", handle_write_string},
                                    {"writev", handle_writev},
                                    {"queueSize", handle_queue_size},
                                    {"shutdown", handle_shutdown},
                                    {"close", handle_close},
                                    {"setNoDelay", handle_set_nodelay},
                                    {"setKeepAlive", handle_set_keepalive},
                                    {"resetOnClose", handle_reset_on_close},
                                    {"getsockname", handle_getsockname},
                                    {"getpeername", handle_getpeername},
                                    {"ref", handle_ref},
                                    {"unref", handle_unref},
                                    {"hasRef", handle_has_ref},
                                    {"fd", handle_fd},
                                    {"id", handle_id},
                                    {"engine", handle_engine}});
  return cls;
}

JSValueRef create_handle(JSContextRef ctx, JSObjectRef, JSObjectRef, size_t, const JSValueRef[], JSValueRef*) {
  return new_handle(ctx);
}

// setup({onread, onconnection, onconnect, onwrite, onshutdown})
JSValueRef setup(JSContextRef ctx, JSObjectRef, JSObjectRef, size_t argc, const JSValueRef argv[],
                 JSValueRef* exception) {
  js::Args args{ctx, argc, argv};
  if (!args.is_object(0)) return js::throw_type_error(ctx, exception, "setup(callbacks)");
  JSObjectRef o = args.object(0);
  Callbacks& c = callbacks();
  struct {
    const char* name;
    js::Persistent* slot;
  } fields[] = {{"onread", &c.onread},       {"onconnection", &c.onconnection}, {"onconnect", &c.onconnect},
                {"onwrite", &c.onwrite},     {"onshutdown", &c.onshutdown}};
  for (auto& f : fields) {
    JSValueRef v = js::get(ctx, o, f.name);
    bool ok = JSValueIsObject(ctx, v) && JSObjectIsFunction(ctx, js::as_object(v));
    if (!ok) return js::throw_type_error(ctx, exception, std::string("setup: ") + f.name);
    f.slot->reset(ctx, v);
  }
  return JSValueMakeUndefined(ctx);
}

// ipFamily(text) -> 4, 6 or 0: whether `text` is an IP literal (a zone is
// allowed on IPv6), as connect() and bind() will take it.
JSValueRef ip_family(JSContextRef ctx, JSObjectRef, JSObjectRef, size_t argc, const JSValueRef argv[], JSValueRef*) {
  js::Args args{ctx, argc, argv};
  if (!args.is_string(0)) return JSValueMakeNumber(ctx, 0);
  loop::SockAddr a;
  if (loop::sockaddr_from_ip(args.utf8(0).c_str(), 0, &a) < 0) return JSValueMakeNumber(ctx, 0);
  return JSValueMakeNumber(ctx, a.family() == AF_INET6 ? 6 : 4);
}

}  // namespace

namespace net {

bool set_read_consumer(JSContextRef ctx, JSValueRef handle, ReadConsumer* consumer) {
  Wrap* w = handle_class().unwrap_checked<Wrap>(ctx, handle);
  if (!w || !w->stream || w->closing) return false;
  w->consumer = consumer;
  return true;
}

int handle_fd(JSContextRef ctx, JSValueRef handle) { return sock_fd(handle_class().unwrap_checked<Wrap>(ctx, handle)); }

}  // namespace net

JSObjectRef init_net_binding(JSContextRef ctx, Runtime&) {
  js::verify_immediates(ctx);  // for js::to_number's inline decoding
  JSObjectRef b = js::make_object(ctx);
  js::set_method(ctx, b, "createHandle", create_handle);
  js::set_method(ctx, b, "setup", setup);
  js::set_method(ctx, b, "ipFamily", ip_family);
  js::set(ctx, b, "deferBlock",
          js::make_typed_array_over(ctx, kJSTypedArrayTypeFloat64Array, deferral.block, sizeof deferral.block));
  Runtime::add_exit_hook(flush_deferred);
  js::set(ctx, b, "kBindIpv6Only", static_cast<double>(loop::kBindIpv6Only));
  js::set(ctx, b, "kBindReusePort", static_cast<double>(loop::kBindReusePort));
  js::set(ctx, b, "UV_EOF", static_cast<double>(loop::Stream::kEof));
  return b;
}

}  // namespace jolt
