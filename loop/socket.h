// Socket set-up for streams and listeners: plain non-blocking system calls,
// no loop involved. TCP (IPv4, IPv6) and Unix domain stream sockets. Every
// function returns 0 (or an fd) on success and a negative errno on failure.
#pragma once

#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/un.h>

#include <cstdint>
#include <string>

namespace jolt::loop {

// Any address a stream socket may have.
struct SockAddr {
  union {
    sockaddr sa;
    sockaddr_in in4;
    sockaddr_in6 in6;
    sockaddr_un un;
    sockaddr_storage ss;
  };
  socklen_t len = 0;

  SockAddr() : ss{} {}
  int family() const { return sa.sa_family; }
};

// Fills `out` from an IP literal ("127.0.0.1", "::1", "fe80::1%lo") and a
// port. -EINVAL when `ip` is not a literal of either family.
int sockaddr_from_ip(const char* ip, int port, SockAddr* out);
// Fills `out` for a Unix socket path (a leading NUL byte: abstract socket).
// -ENAMETOOLONG when it does not fit sun_path.
int sockaddr_from_path(const char* path, size_t len, SockAddr* out);

// Address text and port of `a` ("::1", 8080); for AF_UNIX the path and 0.
// Returns false for a family it does not know.
bool sockaddr_to_text(const SockAddr& a, std::string* host, int* port);

// A non-blocking, close-on-exec SOCK_STREAM socket of `family`.
int socket_open(int family);

enum BindFlags : unsigned {
  kBindIpv6Only = 1,   // IPV6_V6ONLY on (off otherwise: dual-stack)
  kBindReusePort = 2,  // SO_REUSEPORT
};
// Binds `fd`. For TCP, SO_REUSEADDR is on (as libuv does) so a restarted
// server is not refused because of TIME_WAIT connections.
int socket_bind(int fd, const SockAddr& addr, unsigned flags);
int socket_listen(int fd, int backlog);

int socket_set_nodelay(int fd, bool on);
// For TCP only (-ENOTSUP otherwise): SO_LINGER with a zero timeout, so the
// close that follows sends RST instead of FIN.
int socket_reset_on_close(int fd);
// delay_s: idle seconds before the first probe (when on).
int socket_set_keepalive(int fd, bool on, unsigned delay_s);
int socket_name(int fd, bool peer, SockAddr* out);

// Moves `fd` to the other fds' settings: non-blocking and close-on-exec.
int fd_set_nonblocking(int fd);

}  // namespace jolt::loop
