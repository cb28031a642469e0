// Stream and Listener: TCP and Unix sockets on both backends (the io_uring
// backend runs its own engine: multishot accept and recv, batched sends).
#include <arpa/inet.h>
#include <fcntl.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <climits>
#include <cstring>
#include <memory>
#include <string>
#include <vector>

#include "listener.h"
#include "loop_test_util.h"
#include "socket.h"
#include "stream.h"

using namespace jolt::loop;

namespace {

// A delegate that records everything and can echo.
struct Recorder : StreamDelegate {
  std::string data;
  std::vector<ssize_t> ends;
  std::vector<int> writes;
  std::vector<int> connects;
  std::vector<int> shutdowns;
  bool echo = false;
  std::vector<std::unique_ptr<std::string>> held;  // echo buffers
  std::vector<std::unique_ptr<WriteReq>> reqs;
  std::vector<std::unique_ptr<iovec>> iovs;
  std::function<void(Stream&)> after_read;

  void on_read(Stream& s, ssize_t n, const uint8_t* d) override {
    if (n > 0) {
      data.append(reinterpret_cast<const char*>(d), static_cast<size_t>(n));
      if (echo) send(s, std::string(reinterpret_cast<const char*>(d), static_cast<size_t>(n)));
    } else {
      ends.push_back(n);
    }
    if (after_read) after_read(s);
  }
  void on_write(Stream&, WriteReq*, int status) override { writes.push_back(status); }
  void on_connect(Stream&, int status) override { connects.push_back(status); }
  void on_shutdown(Stream&, int status) override { shutdowns.push_back(status); }

  int send(Stream& s, std::string bytes) {
    held.push_back(std::make_unique<std::string>(std::move(bytes)));
    reqs.push_back(std::make_unique<WriteReq>());
    iovs.push_back(std::make_unique<iovec>(iovec{held.back()->data(), held.back()->size()}));
    int r = s.write(reqs.back().get(), iovs.back().get(), 1);
    if (r == 0) writes.push_back(0);  // finished at once
    return r;
  }
};

int listen_tcp(SockAddr* bound) {
  SockAddr a;
  REQUIRE(sockaddr_from_ip("127.0.0.1", 0, &a) == 0);
  int fd = socket_open(AF_INET);
  REQUIRE(fd >= 0);
  REQUIRE(socket_bind(fd, a, 0) == 0);
  REQUIRE(socket_listen(fd, 16) == 0);
  REQUIRE(socket_name(fd, false, bound) == 0);
  return fd;
}

template <class F>
void run_until(Loop& loop, F done, int max = 2000) {
  for (int i = 0; i < max && !done(); ++i) loop.run(RunMode::Once);
}

}  // namespace

TEST_CASE("stream: accept, connect, echo, half-close and close over TCP") {
  LOOP_FOR_EACH_BACKEND(loop);
  bool uring = loop_kind == BackendKind::IoUring;
  SockAddr addr;
  int lfd = listen_tcp(&addr);

  Recorder server_side;
  server_side.echo = true;
  std::unique_ptr<Stream> accepted;
  Listener listener(loop, lfd, [&](Listener&, int fd) {
    REQUIRE(fd >= 0);
    accepted = std::make_unique<Stream>(loop, fd, &server_side);
    CHECK(accepted->native() == uring);
    CHECK(accepted->read_start() == 0);
  });
  CHECK(listener.native() == uring);
  listener.start();

  Recorder client_side;
  int cfd = socket_open(AF_INET);
  REQUIRE(cfd >= 0);
  Stream client(loop, cfd, &client_side);
  CHECK(client.connect(addr) == 0);
  run_until(loop, [&] { return !client_side.connects.empty() && accepted; });
  REQUIRE(client_side.connects == std::vector<int>{0});

  SockAddr peer;
  CHECK(socket_name(client.fd(), true, &peer) == 0);
  std::string host;
  int port = 0;
  CHECK(sockaddr_to_text(peer, &host, &port));
  CHECK(host == "127.0.0.1");
  CHECK(port == ntohs(addr.in4.sin_port));

  CHECK(client.read_start() == 0);
  std::string big(300 * 1000, 'a');
  for (size_t i = 0; i < big.size(); ++i) big[i] = static_cast<char>('a' + i % 26);
  CHECK(client_side.send(client, "hello ") >= 0);
  CHECK(client_side.send(client, big) >= 0);
  run_until(loop, [&] { return client_side.data.size() == big.size() + 6; });
  CHECK(client_side.data == "hello " + big);
  CHECK(client_side.writes == std::vector<int>{0, 0});
  CHECK(client.write_queue_size() == 0);

  // Half-close: the server sees EOF, still writes, then the client sees EOF.
  CHECK(client.shutdown() == 0);
  CHECK(client.shutdown() == -EALREADY);
  run_until(loop, [&] { return !server_side.ends.empty(); });
  CHECK(client_side.shutdowns == std::vector<int>{0});
  CHECK(server_side.ends == std::vector<ssize_t>{Stream::kEof});
  CHECK(!accepted->reading());
  server_side.send(*accepted, "bye");
  CHECK(accepted->shutdown() == 0);
  run_until(loop, [&] { return !client_side.ends.empty(); });
  CHECK(client_side.data.substr(client_side.data.size() - 3) == "bye");
  CHECK(client_side.ends == std::vector<ssize_t>{Stream::kEof});
  CHECK(client_side.send(client, "late") == -EPIPE);

  bool closed = false;
  accepted->close([&] { closed = true; });
  client.close();
  listener.close();
  loop.run();
  CHECK(closed);
}

TEST_CASE("stream: connect to a closed port fails with ECONNREFUSED") {
  LOOP_FOR_EACH_BACKEND(loop);
  SockAddr addr;
  int lfd = listen_tcp(&addr);
  ::close(lfd);  // the port is free now, nobody listens
  Recorder rec;
  Stream s(loop, socket_open(AF_INET), &rec);
  CHECK(s.connect(addr) == 0);
  run_until(loop, [&] { return !rec.connects.empty(); });
  CHECK(rec.connects == std::vector<int>{-ECONNREFUSED});
  s.close();
  loop.run();
}

TEST_CASE("stream: bytes that arrive while reading is stopped come after read_start") {
  LOOP_FOR_EACH_BACKEND(loop);
  int sv[2];
  REQUIRE(socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, sv) == 0);
  Recorder rec;
  Stream s(loop, sv[0], &rec);
  rec.after_read = [](Stream& st) { st.read_stop(); };  // stop after the first chunk
  CHECK(s.read_start() == 0);
  CHECK(write(sv[1], "one", 3) == 3);
  run_until(loop, [&] { return !rec.data.empty(); });
  CHECK(rec.data == "one");
  CHECK(!s.reading());
  CHECK(write(sv[1], "two", 3) == 3);
  ::close(sv[1]);
  for (int i = 0; i < 5; ++i) loop.run(RunMode::NoWait);
  CHECK(rec.data == "one");  // nothing delivered while stopped
  rec.after_read = nullptr;
  CHECK(s.read_start() == 0);
  run_until(loop, [&] { return !rec.ends.empty(); });
  CHECK(rec.data == "onetwo");
  CHECK(rec.ends == std::vector<ssize_t>{Stream::kEof});
  s.close();
  loop.run();
}

TEST_CASE("stream: flush_writes hands queued writes to the kernel without running the loop") {
  // What process.exit() relies on: a reply queued in this turn reaches the
  // peer although the loop never polls again.
  LOOP_FOR_EACH_BACKEND(loop);
  int sv[2];
  REQUIRE(socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, sv) == 0);
  Recorder rec;
  Stream s(loop, sv[0], &rec);
  CHECK(rec.send(s, "reply") >= 0);
  loop.flush_writes();
  char buf[16] = {};
  int fl = fcntl(sv[1], F_GETFL);
  REQUIRE(fcntl(sv[1], F_SETFL, fl | O_NONBLOCK) == 0);
  CHECK(read(sv[1], buf, sizeof buf) == 5);
  CHECK(std::string(buf) == "reply");
  s.close();
  loop.run();
  ::close(sv[1]);
}

TEST_CASE("stream: one write of more buffers than IOV_MAX goes out whole and in order") {
  // The net binding hands any number of buffers to one write: each system
  // call must take at most IOV_MAX of them, and the rest follow.
  LOOP_FOR_EACH_BACKEND(loop);
  int sv[2];
  REQUIRE(socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, sv) == 0);
  Recorder rec, peer;
  Stream s(loop, sv[0], &rec);
  Stream p(loop, sv[1], &peer);
  CHECK(p.read_start() == 0);
  std::string expected;
  std::vector<std::string> pieces;
  for (int i = 0; i < 3 * IOV_MAX; ++i) pieces.push_back(std::to_string(i) + ",");
  std::vector<iovec> bufs;
  for (std::string& piece : pieces) {
    expected += piece;
    bufs.push_back(iovec{piece.data(), piece.size()});
  }
  WriteReq req;
  int r = s.write(&req, bufs.data(), static_cast<unsigned>(bufs.size()));
  REQUIRE(r >= 0);
  if (r == 0) rec.writes.push_back(0);
  run_until(loop, [&] { return !rec.writes.empty() && peer.data.size() == expected.size(); });
  CHECK(rec.writes == std::vector<int>{0});
  CHECK(peer.data == expected);
  s.close();
  p.close();
  loop.run();
}

TEST_CASE("stream: writes queued at close are cancelled before the close callback") {
  LOOP_FOR_EACH_BACKEND(loop);
  int sv[2];
  REQUIRE(socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, sv) == 0);
  Recorder rec;
  auto* s = new Stream(loop, sv[0], &rec);
  // More than the socket buffer holds: the rest stays queued.
  std::string big(8 * 1024 * 1024, 'x');
  int r = rec.send(*s, big);
  CHECK(r == 1);
  CHECK(s->write_queue_size() > 0);
  CHECK(s->is_active());
  std::vector<int> seen_at_close;
  s->close([&] {
    seen_at_close = rec.writes;
    delete s;
  });
  loop.run();
  CHECK(seen_at_close == std::vector<int>{-ECANCELED});
  ::close(sv[1]);
}

TEST_CASE("stream: a peer that resets makes the queued write fail") {
  LOOP_FOR_EACH_BACKEND(loop);
  int sv[2];
  REQUIRE(socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, sv) == 0);
  Recorder rec;
  Stream s(loop, sv[0], &rec);
  std::string big(4 * 1024 * 1024, 'x');
  CHECK(rec.send(s, big) == 1);
  ::close(sv[1]);
  run_until(loop, [&] { return !rec.writes.empty(); });
  REQUIRE(rec.writes.size() == 1);
  CHECK((rec.writes[0] == -EPIPE || rec.writes[0] == -ECONNRESET));
  CHECK(s.write_queue_size() == 0);
  s.close();
  loop.run();
}

TEST_CASE("stream: Unix socket listener and unref") {
  LOOP_FOR_EACH_BACKEND(loop);
  std::string path = "/tmp/jolt-stream-test-" + std::to_string(getpid()) + "-" + jolt::loop::test::kind_name(loop_kind);
  ::unlink(path.c_str());
  SockAddr a;
  REQUIRE(sockaddr_from_path(path.data(), path.size(), &a) == 0);
  int lfd = socket_open(AF_UNIX);
  REQUIRE(socket_bind(lfd, a, 0) == 0);
  REQUIRE(socket_listen(lfd, 4) == 0);
  int accepted_fd = -1;
  Listener l(loop, lfd, [&](Listener&, int fd) { accepted_fd = fd; });
  l.start();
  CHECK(l.is_active());
  Recorder rec;
  Stream c(loop, socket_open(AF_UNIX), &rec);
  CHECK(c.connect(a) == 0);
  run_until(loop, [&] { return accepted_fd >= 0 && !rec.connects.empty(); });
  CHECK(rec.connects == std::vector<int>{0});
  // Unref'd handles do not keep the loop alive.
  l.unref();
  CHECK(c.read_start() == 0);
  c.unref();
  CHECK_FALSE(loop.run(RunMode::NoWait));
  ::close(accepted_fd);
  c.close();
  l.close();
  loop.run();
  ::unlink(path.c_str());
}

TEST_CASE("socket helpers: address parsing and formatting") {
  SockAddr a;
  CHECK(sockaddr_from_ip("::1", 80, &a) == 0);
  CHECK(a.family() == AF_INET6);
  std::string host;
  int port = 0;
  CHECK(sockaddr_to_text(a, &host, &port));
  CHECK(host == "::1");
  CHECK(port == 80);
  CHECK(sockaddr_from_ip("10.1.2.3", 65535, &a) == 0);
  CHECK(a.family() == AF_INET);
  CHECK(sockaddr_from_ip("localhost", 1, &a) == -EINVAL);
  CHECK(sockaddr_from_ip("1.2.3.4", 70000, &a) == -EINVAL);
  CHECK(sockaddr_from_ip("fe80::1%1", 1, &a) == 0);
  CHECK(a.in6.sin6_scope_id == 1);
  std::string longpath(200, 'p');
  CHECK(sockaddr_from_path(longpath.data(), longpath.size(), &a) == -ENAMETOOLONG);
}

TEST_CASE("listener: out of descriptors reports EMFILE, drops that connection and keeps accepting") {
  LOOP_FOR_EACH_BACKEND(loop);
  SockAddr addr;
  int lfd = listen_tcp(&addr);
  std::vector<int> results;
  std::vector<int> accepted;
  Listener l(loop, lfd, [&](Listener&, int fd) {
    results.push_back(fd < 0 ? fd : 0);
    if (fd >= 0) accepted.push_back(fd);
  });
  l.start();
  // Client sockets first (connect needs no new descriptor), then use up
  // every descriptor left.
  Recorder r1, r2;
  Stream c1(loop, socket_open(AF_INET), &r1);
  Stream c2(loop, socket_open(AF_INET), &r2);
  std::vector<int> hog;
  for (;;) {
    int fd = ::open("/dev/null", O_RDONLY | O_CLOEXEC);
    if (fd < 0) break;
    hog.push_back(fd);
  }
  CHECK(c1.connect(addr) == 0);
  run_until(loop, [&] { return !results.empty(); });
  for (int fd : hog) ::close(fd);
  REQUIRE(!results.empty());
  CHECK(results[0] == -EMFILE);
  // The listener still works once descriptors are free again.
  CHECK(c2.connect(addr) == 0);
  run_until(loop, [&] { return !accepted.empty(); });
  CHECK(accepted.size() == 1);
  for (int fd : accepted) ::close(fd);
  c1.close();
  c2.close();
  l.close();
  loop.run();
}
