// internalBinding('stdio') readers: reading a pipe, socket or tty fd (stdin,
// or any fd given to tty.ReadStream) without blocking the loop.
//
// The fd is left in blocking mode: switching it to O_NONBLOCK would change
// the open file description it shares with the shell and other processes.
// Instead a level-triggered IoWatcher reports readiness and each report is
// served by exactly one read(), which does not block because data (or EOF)
// is there. Regular files never come here (JS reads them with the fs
// binding): the loop calls them always ready.
//
// JS holds readers by number: readerOpen(fd, onread) -> id, readerStart(id),
// readerStop(id), readerRef(id, bool), readerClose(id). onread gets a
// Uint8Array with the bytes read, null at end of file, or a negative errno.
#include <fcntl.h>
#include <poll.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <map>
#include <memory>

#include "../runtime.h"
#include "buffer.h"
#include "exception.h"
#include "stdio_binding.h"
#include "value.h"

namespace jolt {

namespace {

constexpr size_t kChunk = 64 * 1024;

struct Reader {
  int fd = -1;
  std::unique_ptr<loop::IoWatcher> io;
  js::Persistent onread;
};

// Never destroyed: readers still open at exit must not outlive their loop's
// teardown order (the same rule as fs.watch watchers).
std::map<int, std::unique_ptr<Reader>>& readers() {
  static auto* all = new std::map<int, std::unique_ptr<Reader>>();
  return *all;
}
int next_id = 1;

Reader* find(JSContextRef ctx, JSValueRef v) {
  double id = JSValueToNumber(ctx, v, nullptr);
  if (!(id >= 1 && id < next_id)) return nullptr;
  auto it = readers().find(static_cast<int>(id));
  return it == readers().end() ? nullptr : it->second.get();
}

void deliver(int id, JSValueRef value) {
  auto it = readers().find(id);
  if (it == readers().end()) return;
  Runtime& rt = Runtime::current();
  JSContextRef ctx = rt.ctx();
  JSObjectRef cb = it->second->onread.object();
  JSValueProtect(ctx, cb);
  rt.make_callback(cb, nullptr, 1, &value);
  JSValueUnprotect(ctx, cb);
}

void on_ready(int id) {
  auto it = readers().find(id);
  if (it == readers().end()) return;
  Reader* r = it->second.get();
  // A stale report (another process sharing the fd took the data): poll
  // again without waiting so the read below cannot block.
  struct pollfd p = {r->fd, POLLIN, 0};
  if (::poll(&p, 1, 0) == 0) return;
  auto* buf = static_cast<uint8_t*>(std::malloc(kChunk));
  if (!buf) return;
  ssize_t n;
  do {
    n = ::read(r->fd, buf, kChunk);
  } while (n < 0 && errno == EINTR);
  JSContextRef ctx = Runtime::current().ctx();
  if (n > 0) {
    // Shrink to what was read, so a small line does not pin 64 KiB.
    auto* fit = static_cast<uint8_t*>(std::realloc(buf, static_cast<size_t>(n)));
    if (fit) buf = fit;
    deliver(id, js::make_uint8array_adopting(ctx, buf, static_cast<size_t>(n)));
    return;
  }
  int err = n == 0 ? 0 : errno;
  std::free(buf);
  if (err == EAGAIN) return;
  // End of file or an error: nothing more will come.
  r->io->stop();
  deliver(id, err == 0 ? JSValueMakeNull(ctx) : JSValueMakeNumber(ctx, -err));
}

JSValueRef reader_open(JSContextRef ctx, JSObjectRef, JSObjectRef, size_t argc, const JSValueRef argv[],
                       JSValueRef* exception) {
  js::Args args{ctx, argc, argv};
  if (!args.is_number(0) || !args.is_function(1)) {
    return js::throw_type_error(ctx, exception, "readerOpen(fd, onread)");
  }
  int fd = args.int32(0);
  if (fd < 0) return js::throw_system_error(ctx, exception, EBADF, "read");
  // A private duplicate: two streams reading one fd (process.stdin and a
  // tty.ReadStream(0)) get two watchers, which the loop allows only on
  // different fds.
  fd = ::fcntl(fd, F_DUPFD_CLOEXEC, 3);
  if (fd < 0) return js::throw_system_error(ctx, exception, errno, "read");
  int id = next_id++;
  auto r = std::make_unique<Reader>();
  r->fd = fd;
  r->onread.reset(ctx, args[1]);
  r->io = std::make_unique<loop::IoWatcher>(Runtime::current().loop(), fd,
                                            [id](loop::IoWatcher&, int) { on_ready(id); });
  readers()[id] = std::move(r);
  return JSValueMakeNumber(ctx, id);
}

JSValueRef reader_start(JSContextRef ctx, JSObjectRef, JSObjectRef, size_t argc, const JSValueRef argv[],
                        JSValueRef*) {
  js::Args args{ctx, argc, argv};
  if (Reader* r = find(ctx, args[0])) r->io->start(loop::IoWatcher::Readable);
  return JSValueMakeUndefined(ctx);
}

JSValueRef reader_stop(JSContextRef ctx, JSObjectRef, JSObjectRef, size_t argc, const JSValueRef argv[],
                       JSValueRef*) {
  js::Args args{ctx, argc, argv};
  if (Reader* r = find(ctx, args[0])) r->io->stop();
  return JSValueMakeUndefined(ctx);
}

JSValueRef reader_ref(JSContextRef ctx, JSObjectRef, JSObjectRef, size_t argc, const JSValueRef argv[],
                      JSValueRef*) {
  js::Args args{ctx, argc, argv};
  if (Reader* r = find(ctx, args[0])) {
    if (JSValueToBoolean(ctx, args[1]))
      r->io->ref();
    else
      r->io->unref();
  }
  return JSValueMakeUndefined(ctx);
}

// Stops watching and closes the duplicate; the caller's fd stays open.
JSValueRef reader_close(JSContextRef ctx, JSObjectRef, JSObjectRef, size_t argc, const JSValueRef argv[],
                        JSValueRef*) {
  js::Args args{ctx, argc, argv};
  if (!find(ctx, args[0])) return JSValueMakeUndefined(ctx);
  auto it = readers().find(static_cast<int>(JSValueToNumber(ctx, args[0], nullptr)));
  std::unique_ptr<Reader> r = std::move(it->second);
  readers().erase(it);
  loop::IoWatcher* io = r->io.release();
  io->close([io] { delete io; });
  ::close(r->fd);
  return JSValueMakeUndefined(ctx);
}

}  // namespace

void register_stdio_reader(JSContextRef ctx, JSObjectRef b) {
  js::set_method(ctx, b, "readerOpen", reader_open);
  js::set_method(ctx, b, "readerStart", reader_start);
  js::set_method(ctx, b, "readerStop", reader_stop);
  js::set_method(ctx, b, "readerRef", reader_ref);
  js::set_method(ctx, b, "readerClose", reader_close);
}

}  // namespace jolt
