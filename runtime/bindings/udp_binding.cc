// internalBinding('udp'): UDP sockets for node:dgram, read through the
// loop's IoWatcher. Sends are one sendto() each, made at once (a UDP send
// does not wait for the peer; a full socket buffer is reported as EAGAIN).
// The watcher is active while the socket receives, which is what keeps the
// loop alive for a bound socket (unless unref'd).
//
// JS holds sockets by number; calls return 0 or a value, or a negative errno:
//   open(family 4|6) -> id
//   bind(id, ip, port, flags)          flags: 1 IPV6_V6ONLY, 2 SO_REUSEADDR, 4 SO_REUSEPORT
//   recvStart(id, onmessage(nread, Uint8Array, address, port, family)), recvStop(id)
//   send(id, Uint8Array, ip, port) -> bytes sent (ip '': to the connected peer)
//   connect(id, ip, port)              ip '': disconnect
//   name(id, peer) -> [address, port, family]
//   setOption(id, option, value)       option: 1 SO_BROADCAST, 2 IP_TTL, 3 SO_RCVBUF,
//                                      4 SO_SNDBUF; getOption(id, option) -> value
//   ref(id, bool), close(id)
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <cmath>
#include <map>
#include <memory>
#include <string>

#include "../runtime.h"
#include "buffer.h"
#include "exception.h"
#include "js_string.h"
#include "registry.h"
#include "socket.h"
#include "value.h"

namespace jolt {

namespace {

struct Udp {
  int fd = -1;
  int family = AF_INET;
  bool ref = true;
  std::unique_ptr<loop::IoWatcher> io;
  js::Persistent onmessage;
};

// Never destroyed as a whole: sockets still open at exit must not be torn
// down after the loop they use.
std::map<int, std::unique_ptr<Udp>>& sockets() {
  static auto* all = new std::map<int, std::unique_ptr<Udp>>();
  return *all;
}
int next_id = 1;

#define UDP_FN(name)                                                                                    \
  JSValueRef name(JSContextRef ctx, JSObjectRef, JSObjectRef, size_t argc, const JSValueRef argv[], \
                  JSValueRef* exception)

Udp* find(const js::Args& args) {
  if (!args.is_number(0)) return nullptr;
  double d = args.number(0);
  if (!std::isfinite(d)) return nullptr;
  auto it = sockets().find(static_cast<int>(d));
  return it == sockets().end() ? nullptr : it->second.get();
}

JSValueRef result(JSContextRef ctx, int r) { return JSValueMakeNumber(ctx, r); }

// args[i] (an IP literal, or '' when `empty_ok`) and args[i + 1] (a port)
// as a socket address. Returns 0 (with addr->len 0 for ''), a negative errno,
// or 1 with *exception set.
int address_arg(const js::Args& args, size_t i, bool empty_ok, loop::SockAddr* addr, JSValueRef* exception) {
  std::string ip = args.utf8(i, exception);
  if (*exception) return 1;
  if (ip.empty() && empty_ok) return 0;
  return loop::sockaddr_from_ip(ip.c_str(), args.int32(i + 1), addr);
}

// Delivers the datagrams waiting on the socket (a bounded number per
// wake-up, so that one busy socket does not starve the loop).
void drain(int id) {
  static uint8_t buf[64 * 1024];
  for (int i = 0; i < 32; ++i) {
    auto it = sockets().find(id);
    if (it == sockets().end() || !it->second->onmessage) return;
    Udp* u = it->second.get();
    loop::SockAddr from;
    from.len = sizeof from.ss;
    ssize_t n = ::recvfrom(u->fd, buf, sizeof buf, MSG_TRUNC, &from.sa, &from.len);
    if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) return;
    Runtime& rt = Runtime::current();
    JSContextRef ctx = rt.ctx();
    JSValueRef args[5];
    std::string host;
    int port = 0;
    if (n < 0) {
      if (errno == EINTR) continue;
      args[0] = JSValueMakeNumber(ctx, -errno);
      args[1] = args[2] = args[3] = args[4] = JSValueMakeUndefined(ctx);
    } else {
      size_t got = static_cast<size_t>(n) > sizeof buf ? sizeof buf : static_cast<size_t>(n);
      loop::sockaddr_to_text(from, &host, &port);
      args[0] = JSValueMakeNumber(ctx, static_cast<double>(got));
      args[1] = js::make_uint8array_copy(ctx, buf, got);
      args[2] = js::make_string(ctx, host);
      args[3] = JSValueMakeNumber(ctx, port);
      args[4] = JSValueMakeNumber(ctx, from.family() == AF_INET6 ? 6 : 4);
    }
    js::Persistent cb(ctx, u->onmessage.get());
    rt.make_callback(cb.object(), nullptr, 5, args);
  }
}

UDP_FN(udp_open) {
  js::Args args{ctx, argc, argv};
  int family = args.int32(0) == 6 ? AF_INET6 : AF_INET;
  int fd = ::socket(family, SOCK_DGRAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
  if (fd < 0) return result(ctx, -errno);
  auto u = std::make_unique<Udp>();
  u->fd = fd;
  u->family = family;
  int id = next_id++;
  sockets()[id] = std::move(u);
  return result(ctx, id);
}

UDP_FN(udp_bind) {
  js::Args args{ctx, argc, argv};
  Udp* u = find(args);
  if (!u) return result(ctx, -EBADF);
  loop::SockAddr addr;
  int r = address_arg(args, 1, false, &addr, exception);
  if (r > 0) return nullptr;
  if (r < 0) return result(ctx, r);
  if (addr.family() != u->family) return result(ctx, -EINVAL);
  int flags = args.int32(3);
  int on = 1;
  if (u->family == AF_INET6) {
    int v6only = (flags & 1) ? 1 : 0;
    ::setsockopt(u->fd, IPPROTO_IPV6, IPV6_V6ONLY, &v6only, sizeof v6only);
  }
  if ((flags & 2) && ::setsockopt(u->fd, SOL_SOCKET, SO_REUSEADDR, &on, sizeof on) != 0) return result(ctx, -errno);
  if ((flags & 4) && ::setsockopt(u->fd, SOL_SOCKET, SO_REUSEPORT, &on, sizeof on) != 0) return result(ctx, -errno);
  if (::bind(u->fd, &addr.sa, addr.len) != 0) return result(ctx, -errno);
  return result(ctx, 0);
}

UDP_FN(udp_recv_start) {
  js::Args args{ctx, argc, argv};
  Udp* u = find(args);
  if (!u || !args.is_function(1)) return result(ctx, -EBADF);
  u->onmessage.reset(ctx, args[1]);
  if (!u->io) {
    int id = static_cast<int>(args.number(0));
    u->io = std::make_unique<loop::IoWatcher>(Runtime::current().loop(), u->fd,
                                              [id](loop::IoWatcher&, int) { drain(id); });
    if (!u->ref) u->io->unref();
  }
  u->io->start(loop::IoWatcher::Readable);
  return result(ctx, 0);
}

UDP_FN(udp_recv_stop) {
  js::Args args{ctx, argc, argv};
  Udp* u = find(args);
  if (!u) return result(ctx, -EBADF);
  if (u->io) u->io->stop();
  u->onmessage.reset();
  return result(ctx, 0);
}

UDP_FN(udp_send) {
  js::Args args{ctx, argc, argv};
  Udp* u = find(args);
  if (!u) return result(ctx, -EBADF);
  if (!args.is_object(1)) return js::throw_type_error(ctx, exception, "send: data must be a Uint8Array");
  js::Bytes bytes = js::bytes_of(ctx, args[1]);
  const uint8_t* data = bytes.data;
  size_t len = bytes.length;
  loop::SockAddr to;
  int r = address_arg(args, 2, true, &to, exception);
  if (r > 0) return nullptr;
  if (r < 0) return result(ctx, r);
  for (;;) {
    // A connected socket sends to its peer (sendto with no address).
    ssize_t n = to.len == 0 ? ::send(u->fd, data, len, 0) : ::sendto(u->fd, data, len, 0, &to.sa, to.len);
    if (n >= 0) return result(ctx, static_cast<int>(n));
    if (errno != EINTR) return result(ctx, -errno);
  }
}

UDP_FN(udp_connect) {
  js::Args args{ctx, argc, argv};
  Udp* u = find(args);
  if (!u) return result(ctx, -EBADF);
  loop::SockAddr addr;
  int r = address_arg(args, 1, true, &addr, exception);
  if (r > 0) return nullptr;
  if (r < 0) return result(ctx, r);
  if (addr.len == 0) {
    // connect() to AF_UNSPEC dissolves the association.
    addr.sa.sa_family = AF_UNSPEC;
    addr.len = sizeof addr.sa;
  }
  if (::connect(u->fd, &addr.sa, addr.len) != 0) return result(ctx, -errno);
  return result(ctx, 0);
}

UDP_FN(udp_name) {
  js::Args args{ctx, argc, argv};
  Udp* u = find(args);
  if (!u) return result(ctx, -EBADF);
  loop::SockAddr a;
  int r = loop::socket_name(u->fd, JSValueToBoolean(ctx, args[1]), &a);
  if (r < 0) return result(ctx, r);
  std::string host;
  int port = 0;
  loop::sockaddr_to_text(a, &host, &port);
  JSValueRef items[3] = {js::make_string(ctx, host), JSValueMakeNumber(ctx, port),
                         JSValueMakeNumber(ctx, a.family() == AF_INET6 ? 6 : 4)};
  return js::make_array(ctx, 3, items);
}

// (level, name) of setOption's option numbers.
bool option_of(const Udp& u, int option, int* level, int* name) {
  switch (option) {
    case 1: *level = SOL_SOCKET; *name = SO_BROADCAST; return true;
    case 2:
      *level = u.family == AF_INET6 ? IPPROTO_IPV6 : IPPROTO_IP;
      *name = u.family == AF_INET6 ? IPV6_UNICAST_HOPS : IP_TTL;
      return true;
    case 3: *level = SOL_SOCKET; *name = SO_RCVBUF; return true;
    case 4: *level = SOL_SOCKET; *name = SO_SNDBUF; return true;
    default: return false;
  }
}

UDP_FN(udp_set_option) {
  js::Args args{ctx, argc, argv};
  Udp* u = find(args);
  int level, name;
  if (!u) return result(ctx, -EBADF);
  if (!option_of(*u, args.int32(1), &level, &name)) return result(ctx, -EINVAL);
  int value = args.int32(2);
  if (::setsockopt(u->fd, level, name, &value, sizeof value) != 0) return result(ctx, -errno);
  return result(ctx, 0);
}

UDP_FN(udp_get_option) {
  js::Args args{ctx, argc, argv};
  Udp* u = find(args);
  int level, name;
  if (!u) return result(ctx, -EBADF);
  if (!option_of(*u, args.int32(1), &level, &name)) return result(ctx, -EINVAL);
  int value = 0;
  socklen_t len = sizeof value;
  if (::getsockopt(u->fd, level, name, &value, &len) != 0) return result(ctx, -errno);
  return result(ctx, value);
}

UDP_FN(udp_ref) {
  js::Args args{ctx, argc, argv};
  Udp* u = find(args);
  if (!u) return JSValueMakeUndefined(ctx);
  u->ref = JSValueToBoolean(ctx, args[1]);
  if (u->io) {
    if (u->ref)
      u->io->ref();
    else
      u->io->unref();
  }
  return JSValueMakeUndefined(ctx);
}

UDP_FN(udp_close) {
  js::Args args{ctx, argc, argv};
  if (!args.is_number(0)) return JSValueMakeUndefined(ctx);
  auto it = sockets().find(static_cast<int>(args.number(0)));
  if (it == sockets().end()) return JSValueMakeUndefined(ctx);
  std::unique_ptr<Udp> u = std::move(it->second);
  sockets().erase(it);
  // The watcher stops before the fd closes (the loop's rule) and is freed
  // from its close callback.
  if (u->io) {
    loop::IoWatcher* io = u->io.release();
    io->close([io] { delete io; });
  }
  ::close(u->fd);
  return JSValueMakeUndefined(ctx);
}

}  // namespace

JSObjectRef init_udp_binding(JSContextRef ctx, Runtime&) {
  JSObjectRef b = js::make_object(ctx);
  js::set_method(ctx, b, "open", udp_open);
  js::set_method(ctx, b, "bind", udp_bind);
  js::set_method(ctx, b, "recvStart", udp_recv_start);
  js::set_method(ctx, b, "recvStop", udp_recv_stop);
  js::set_method(ctx, b, "send", udp_send);
  js::set_method(ctx, b, "connect", udp_connect);
  js::set_method(ctx, b, "name", udp_name);
  js::set_method(ctx, b, "setOption", udp_set_option);
  js::set_method(ctx, b, "getOption", udp_get_option);
  js::set_method(ctx, b, "ref", udp_ref);
  js::set_method(ctx, b, "close", udp_close);
  return b;
}

}  // namespace jolt
