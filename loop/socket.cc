// Socket set-up helpers. See socket.h.
#include "socket.h"

#include <arpa/inet.h>
#include <fcntl.h>
#include <net/if.h>
#include <netinet/tcp.h>
#include <unistd.h>

#include <cerrno>
#include <cstddef>
#include <cstdlib>
#include <cstring>

namespace jolt::loop {

namespace {

int err() { return -errno; }

int setopt(int fd, int level, int name, int value) {
  return setsockopt(fd, level, name, &value, sizeof value) == 0 ? 0 : err();
}

}  // namespace

int sockaddr_from_ip(const char* ip, int port, SockAddr* out) {
  *out = SockAddr();
  if (port < 0 || port > 65535) return -EINVAL;
  if (inet_pton(AF_INET, ip, &out->in4.sin_addr) == 1) {
    out->in4.sin_family = AF_INET;
    out->in4.sin_port = htons(static_cast<uint16_t>(port));
    out->len = sizeof(sockaddr_in);
    return 0;
  }
  // An IPv6 literal may carry a zone ("fe80::1%eth0"); inet_pton does not
  // take it, so it is split off and resolved to the interface index.
  char buf[INET6_ADDRSTRLEN + IF_NAMESIZE + 2];
  size_t n = std::strlen(ip);
  if (n >= sizeof buf) return -EINVAL;
  std::memcpy(buf, ip, n + 1);
  char* zone = std::strchr(buf, '%');
  if (zone) *zone++ = '\0';
  if (inet_pton(AF_INET6, buf, &out->in6.sin6_addr) != 1) return -EINVAL;
  out->in6.sin6_family = AF_INET6;
  out->in6.sin6_port = htons(static_cast<uint16_t>(port));
  if (zone && *zone) {
    unsigned idx = if_nametoindex(zone);
    out->in6.sin6_scope_id = idx ? idx : static_cast<uint32_t>(std::strtoul(zone, nullptr, 10));
  }
  out->len = sizeof(sockaddr_in6);
  return 0;
}

int sockaddr_from_path(const char* path, size_t len, SockAddr* out) {
  *out = SockAddr();
  if (len >= sizeof(out->un.sun_path)) return -ENAMETOOLONG;
  out->un.sun_family = AF_UNIX;
  std::memcpy(out->un.sun_path, path, len);
  // Abstract names count their exact length; filesystem paths end at NUL.
  out->len = static_cast<socklen_t>(offsetof(sockaddr_un, sun_path) + len + (len && path[0] ? 1 : 0));
  return 0;
}

bool sockaddr_to_text(const SockAddr& a, std::string* host, int* port) {
  char buf[INET6_ADDRSTRLEN + IF_NAMESIZE + 2];
  switch (a.family()) {
    case AF_INET:
      inet_ntop(AF_INET, &a.in4.sin_addr, buf, sizeof buf);
      *host = buf;
      *port = ntohs(a.in4.sin_port);
      return true;
    case AF_INET6:
      inet_ntop(AF_INET6, &a.in6.sin6_addr, buf, sizeof buf);
      *host = buf;
      if (a.in6.sin6_scope_id) {
        char name[IF_NAMESIZE];
        *host += '%';
        if (if_indextoname(a.in6.sin6_scope_id, name))
          *host += name;
        else
          *host += std::to_string(a.in6.sin6_scope_id);
      }
      *port = ntohs(a.in6.sin6_port);
      return true;
    case AF_UNIX: {
      size_t base = offsetof(sockaddr_un, sun_path);
      size_t n = a.len > base ? a.len - base : 0;
      if (n > 0 && a.un.sun_path[0] != '\0') n = strnlen(a.un.sun_path, n);
      host->assign(a.un.sun_path, n);
      *port = 0;
      return true;
    }
  }
  return false;
}

int socket_open(int family) {
  int fd = ::socket(family, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
  return fd < 0 ? err() : fd;
}

int socket_bind(int fd, const SockAddr& addr, unsigned flags) {
  if (addr.family() == AF_INET || addr.family() == AF_INET6) {
    if (int r = setopt(fd, SOL_SOCKET, SO_REUSEADDR, 1)) return r;
  }
  if (addr.family() == AF_INET6) {
    if (int r = setopt(fd, IPPROTO_IPV6, IPV6_V6ONLY, (flags & kBindIpv6Only) ? 1 : 0)) return r;
  }
  if (flags & kBindReusePort) {
    if (int r = setopt(fd, SOL_SOCKET, SO_REUSEPORT, 1)) return r;
  }
  return ::bind(fd, &addr.sa, addr.len) == 0 ? 0 : err();
}

int socket_listen(int fd, int backlog) { return ::listen(fd, backlog) == 0 ? 0 : err(); }

int socket_set_nodelay(int fd, bool on) { return setopt(fd, IPPROTO_TCP, TCP_NODELAY, on ? 1 : 0); }

int socket_reset_on_close(int fd) {
  int domain = 0;
  socklen_t len = sizeof domain;
  if (::getsockopt(fd, SOL_SOCKET, SO_DOMAIN, &domain, &len) != 0) return err();
  if (domain != AF_INET && domain != AF_INET6) return -ENOTSUP;
  struct linger lg = {1, 0};
  return ::setsockopt(fd, SOL_SOCKET, SO_LINGER, &lg, sizeof lg) == 0 ? 0 : err();
}

int socket_set_keepalive(int fd, bool on, unsigned delay_s) {
  if (int r = setopt(fd, SOL_SOCKET, SO_KEEPALIVE, on ? 1 : 0)) return r;
  if (!on) return 0;
  if (delay_s == 0) delay_s = 1;
  if (int r = setopt(fd, IPPROTO_TCP, TCP_KEEPIDLE, static_cast<int>(delay_s))) return r;
  // Probes one second apart, ten of them before the connection is dropped
  // (libuv's choice too, so timings match node's).
  if (int r = setopt(fd, IPPROTO_TCP, TCP_KEEPINTVL, 1)) return r;
  return setopt(fd, IPPROTO_TCP, TCP_KEEPCNT, 10);
}

int socket_name(int fd, bool peer, SockAddr* out) {
  *out = SockAddr();
  out->len = sizeof(out->ss);
  int r = peer ? getpeername(fd, &out->sa, &out->len) : getsockname(fd, &out->sa, &out->len);
  return r == 0 ? 0 : err();
}

int fd_set_nonblocking(int fd) {
  int fl = fcntl(fd, F_GETFL);
  if (fl < 0 || fcntl(fd, F_SETFL, fl | O_NONBLOCK) < 0) return err();
  int fdfl = fcntl(fd, F_GETFD);
  if (fdfl < 0 || fcntl(fd, F_SETFD, fdfl | FD_CLOEXEC) < 0) return err();
  return 0;
}

}  // namespace jolt::loop
