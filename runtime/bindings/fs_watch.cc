// fs binding: inotify watchers for fs.watch. One inotify descriptor per
// watcher, read from the loop through an IoWatcher; each watch descriptor
// maps to the prefix its events' names get (a recursive watcher adds one
// watch per directory). Events reach JS as (eventType, filename), with
// eventType 'change' for content or attribute changes and 'rename' for
// everything else, as node reports them on Linux.
//
// JS holds watchers by number: watchOpen(callback) -> id, watchAdd(id, path,
// prefix) -> wd (throws node's error), watchClose(id), watchRef(id, bool).
#include <sys/inotify.h>
#include <unistd.h>

#include <cerrno>
#include <map>
#include <memory>
#include <string>
#include <unordered_map>

#include "../runtime.h"
#include "exception.h"
#include "fs_job.h"
#include "js_string.h"

namespace jolt::fs {

namespace {

constexpr uint32_t kMask = IN_ATTRIB | IN_CREATE | IN_MODIFY | IN_DELETE | IN_DELETE_SELF | IN_MOVE_SELF |
                           IN_MOVED_FROM | IN_MOVED_TO;

struct Watcher {
  int fd = -1;
  std::unique_ptr<loop::IoWatcher> io;
  js::Persistent callback;
  std::unordered_map<int, std::string> prefixes;  // wd -> name prefix ('' or 'sub/dir/')
  std::unordered_map<int, std::string> self_names;  // wd of a watched file -> its base name
};

// Never destroyed: watchers still open at exit must not be torn down after
// the loop they belong to.
std::map<int, std::unique_ptr<Watcher>>& watchers() {
  static auto* all = new std::map<int, std::unique_ptr<Watcher>>();
  return *all;
}
int next_id = 1;

void drain(int id) {
  auto it = watchers().find(id);
  if (it == watchers().end()) return;
  Watcher* w = it->second.get();
  alignas(inotify_event) char buf[16 * 1024];
  for (;;) {
    ssize_t n = ::read(w->fd, buf, sizeof buf);
    if (n <= 0) return;  // EAGAIN: drained
    for (ssize_t off = 0; off < n;) {
      auto* ev = reinterpret_cast<inotify_event*>(buf + off);
      off += static_cast<ssize_t>(sizeof(inotify_event) + ev->len);
      if (ev->mask & IN_IGNORED) continue;
      std::string name;
      if (ev->len > 0) {
        auto p = w->prefixes.find(ev->wd);
        name = (p == w->prefixes.end() ? std::string() : p->second) + ev->name;
      } else {
        auto s = w->self_names.find(ev->wd);
        if (s != w->self_names.end()) name = s->second;
      }
      const char* type = (ev->mask & (IN_ATTRIB | IN_MODIFY)) ? "change" : "rename";
      Runtime& rt = Runtime::current();
      JSContextRef ctx = rt.ctx();
      JSValueRef args[2] = {js::make_string(ctx, type), js::make_string(ctx, name)};
      JSObjectRef cb = w->callback.object();
      JSValueProtect(ctx, cb);
      rt.make_callback(cb, nullptr, 2, args);
      JSValueUnprotect(ctx, cb);
      // The callback may have closed this watcher.
      if (watchers().find(id) == watchers().end()) return;
    }
  }
}

Watcher* find(JSContextRef ctx, JSValueRef v) {
  auto it = watchers().find(static_cast<int>(int_arg(ctx, v, 0)));
  return it == watchers().end() ? nullptr : it->second.get();
}

FS_FN(watch_open) {  // watchOpen(callback) -> id
  js::Args args{ctx, argc, argv};
  if (!args.is_function(0)) return js::throw_type_error(ctx, exception, "callback must be a function");
  int fd = ::inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
  if (fd < 0) return js::throw_system_error(ctx, exception, errno, "watch");
  int id = next_id++;
  auto w = std::make_unique<Watcher>();
  w->fd = fd;
  w->callback.reset(ctx, args[0]);
  w->io = std::make_unique<loop::IoWatcher>(Runtime::current().loop(), fd,
                                            [id](loop::IoWatcher&, int) { drain(id); });
  w->io->start(loop::IoWatcher::Readable);
  watchers()[id] = std::move(w);
  return JSValueMakeNumber(ctx, id);
}

FS_FN(watch_add) {  // watchAdd(id, path, prefix, isFile) -> wd
  js::Args args{ctx, argc, argv};
  Watcher* w = find(ctx, args[0]);
  std::string path, prefix;
  if (!path_arg(ctx, args[1], path, exception)) return nullptr;
  prefix = js::to_utf8(ctx, args[2]);
  if (!w) return js::throw_system_error(ctx, exception, EBADF, "watch", path.c_str());
  int wd = ::inotify_add_watch(w->fd, path.c_str(), kMask);
  if (wd < 0) return js::throw_system_error(ctx, exception, errno, "watch", path.c_str());
  w->prefixes[wd] = prefix;
  if (JSValueToBoolean(ctx, args[3])) {
    size_t slash = path.find_last_of('/');
    w->self_names[wd] = slash == std::string::npos ? path : path.substr(slash + 1);
  }
  return JSValueMakeNumber(ctx, wd);
}

FS_FN(watch_close) {  // watchClose(id)
  js::Args args{ctx, argc, argv};
  auto it = watchers().find(static_cast<int>(int_arg(ctx, args[0], 0)));
  if (it == watchers().end()) return JSValueMakeUndefined(ctx);
  std::unique_ptr<Watcher> w = std::move(it->second);
  watchers().erase(it);
  // The IoWatcher is stopped before the fd closes (the loop's rule), and
  // freed from its close callback.
  loop::IoWatcher* io = w->io.release();
  io->close([io] { delete io; });
  ::close(w->fd);
  return JSValueMakeUndefined(ctx);
}

FS_FN(watch_ref) {  // watchRef(id, ref)
  js::Args args{ctx, argc, argv};
  if (Watcher* w = find(ctx, args[0])) {
    if (JSValueToBoolean(ctx, args[1]))
      w->io->ref();
    else
      w->io->unref();
  }
  return JSValueMakeUndefined(ctx);
}

}  // namespace

void register_watch_ops(JSContextRef ctx, JSObjectRef b) {
  js::set_method(ctx, b, "watchOpen", watch_open);
  js::set_method(ctx, b, "watchAdd", watch_add);
  js::set_method(ctx, b, "watchClose", watch_close);
  js::set_method(ctx, b, "watchRef", watch_ref);
}

}  // namespace jolt::fs
