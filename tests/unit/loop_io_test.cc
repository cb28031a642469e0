// IoWatcher: readiness on pipes, socketpairs and odd fds.
#include <fcntl.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include "loop_test_util.h"

using namespace jolt::loop;

namespace {

struct Pair {
  int fd[2] = {-1, -1};
  explicit Pair(bool socket = true) {
    int r = socket ? socketpair(AF_UNIX, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0, fd)
                   : pipe2(fd, O_NONBLOCK | O_CLOEXEC);
    REQUIRE(r == 0);
  }
  ~Pair() {
    for (int f : fd)
      if (f >= 0) ::close(f);
  }
  void close(int i) {
    ::close(fd[i]);
    fd[i] = -1;
  }
};

// Runs NoWait iterations; returns how many it took until `done` (or max).
template <class F>
int spin(Loop& loop, F done, int max = 200) {
  for (int i = 1; i <= max; ++i) {
    loop.run(RunMode::NoWait);
    if (done()) return i;
  }
  return max + 1;
}

}  // namespace

TEST_CASE("readable: a pipe with data is reported, then stop() silences it") {
  LOOP_FOR_EACH_BACKEND(loop);
  Pair p(false);
  int calls = 0, events = 0;
  IoWatcher w(loop, p.fd[0], [&](IoWatcher& self, int ev) {
    ++calls;
    events |= ev;
    char buf[16];
    CHECK(read(self.fd(), buf, sizeof buf) == 5);
    self.stop();
  });
  w.start(IoWatcher::Readable);
  CHECK(w.is_active());
  CHECK(w.events() == IoWatcher::Readable);
  std::thread writer([&] {
    usleep(20000);
    CHECK(write(p.fd[1], "hello", 5) == 5);
  });
  CHECK_FALSE(loop.run());  // blocks in poll until the write
  writer.join();
  CHECK(calls == 1);
  CHECK(events == IoWatcher::Readable);
  CHECK_FALSE(w.is_active());
  CHECK(w.events() == 0);

  // Stopped: more data is not reported and does not keep the loop alive.
  CHECK(write(p.fd[1], "x", 1) == 1);
  CHECK_FALSE(loop.run(RunMode::NoWait));
  CHECK(calls == 1);
}

TEST_CASE("readiness is level-triggered: unread data is reported again") {
  LOOP_FOR_EACH_BACKEND(loop);
  Pair p;
  int calls = 0;
  IoWatcher w(loop, p.fd[0], [&](IoWatcher& self, int ev) {
    CHECK(ev == IoWatcher::Readable);
    char c;
    CHECK(read(self.fd(), &c, 1) == 1);  // one byte per callback
    if (++calls == 3) self.stop();
  });
  CHECK(write(p.fd[1], "abc", 3) == 3);
  w.start(IoWatcher::Readable);
  CHECK_FALSE(loop.run());
  CHECK(calls == 3);
  char c;
  CHECK(read(p.fd[0], &c, 1) == -1);
  CHECK(errno == EAGAIN);
}

TEST_CASE("writable is reported at once on an empty socket") {
  LOOP_FOR_EACH_BACKEND(loop);
  Pair p;
  int events = 0;
  IoWatcher w(loop, p.fd[0], [&](IoWatcher& self, int ev) {
    events = ev;
    self.stop();
  });
  w.start(IoWatcher::Writable);
  CHECK_FALSE(loop.run());
  CHECK(events == IoWatcher::Writable);
}

TEST_CASE("start() replaces the event set") {
  LOOP_FOR_EACH_BACKEND(loop);
  Pair p;
  std::vector<int> seen;
  IoWatcher w(loop, p.fd[0], [&](IoWatcher&, int ev) { seen.push_back(ev); });
  w.start(IoWatcher::Readable);  // nothing to read
  spin(loop, [] { return false; }, 5);
  CHECK(seen.empty());

  w.start(IoWatcher::Readable | IoWatcher::Writable);
  CHECK(w.events() == (IoWatcher::Readable | IoWatcher::Writable));
  spin(loop, [&] { return !seen.empty(); });
  REQUIRE(!seen.empty());
  CHECK(seen.back() == IoWatcher::Writable);

  w.start(IoWatcher::Readable);
  seen.clear();
  spin(loop, [] { return false; }, 5);
  CHECK(seen.empty());

  CHECK(write(p.fd[1], "z", 1) == 1);
  spin(loop, [&] { return !seen.empty(); });
  REQUIRE(!seen.empty());
  CHECK(seen.back() == IoWatcher::Readable);

  // Several changes within one iteration collapse: only the last counts.
  seen.clear();
  char c;
  CHECK(read(p.fd[0], &c, 1) == 1);
  w.start(IoWatcher::Writable);
  w.start(IoWatcher::Readable | IoWatcher::Writable);
  w.start(IoWatcher::Readable);
  spin(loop, [] { return false; }, 5);
  CHECK(seen.empty());

  w.start(0);  // same as stop()
  CHECK_FALSE(w.is_active());
  CHECK_FALSE(loop.run(RunMode::NoWait));
}

TEST_CASE("peer close is reported as Readable | Disconnect, then read() sees EOF") {
  LOOP_FOR_EACH_BACKEND(loop);
  for (bool is_socket : {true, false}) {
    CAPTURE(is_socket);
    Pair p(is_socket);
    int events = 0;
    ssize_t got = -2;
    IoWatcher w(loop, p.fd[0], [&](IoWatcher& self, int ev) {
      events = ev;
      char buf[8];
      got = read(self.fd(), buf, sizeof buf);
      self.stop();
    });
    w.start(IoWatcher::Readable);
    p.close(1);
    CHECK_FALSE(loop.run());
    CHECK((events & IoWatcher::Readable));
    CHECK((events & IoWatcher::Disconnect));
    CHECK_FALSE((events & IoWatcher::Writable));
    CHECK(got == 0);
  }
}

TEST_CASE("writing to a pipe whose reader closed reports Error | Writable") {
  LOOP_FOR_EACH_BACKEND(loop);
  Pair p(false);
  int events = 0;
  IoWatcher w(loop, p.fd[1], [&](IoWatcher& self, int ev) {
    events = ev;
    self.stop();
  });
  p.close(0);
  w.start(IoWatcher::Writable);
  CHECK_FALSE(loop.run());
  CHECK((events & IoWatcher::Error));
  CHECK((events & IoWatcher::Writable));
}

TEST_CASE("half-closed peer does not spin a watcher that only waits to write") {
  LOOP_FOR_EACH_BACKEND(loop);
  Pair p;
  REQUIRE(shutdown(p.fd[1], SHUT_WR) == 0);  // peer: no more data for us
  // Fill our send buffer so Writable is not ready.
  std::string chunk(65536, 'x');
  while (write(p.fd[0], chunk.data(), chunk.size()) > 0) {
  }
  REQUIRE(errno == EAGAIN);

  int events = 0, calls = 0, iterations = 0;
  IoWatcher w(loop, p.fd[0], [&](IoWatcher& self, int ev) {
    ++calls;
    events = ev;
    self.stop();
  });
  PhaseHook counter(loop, PhaseHook::Phase::Check, [&](PhaseHook&) { ++iterations; });
  counter.start();
  counter.unref();
  w.start(IoWatcher::Writable);
  Timer drain(loop, [&](Timer&) {
    // Peer reads everything: now our side becomes writable.
    std::vector<char> buf(1 << 20);
    while (read(p.fd[1], buf.data(), buf.size()) > 0) {
    }
  });
  drain.start(50);
  CHECK_FALSE(loop.run());
  CHECK(calls == 1);
  CHECK((events & IoWatcher::Writable));
  CHECK(iterations < 20);  // no busy loop while waiting 50ms
}

TEST_CASE("a watcher stopped and freed by an earlier callback in the batch is not called") {
  LOOP_FOR_EACH_BACKEND(loop);
  Pair a, b;
  std::unique_ptr<IoWatcher> wa, wb;
  int calls = 0;
  auto cb = [&](IoWatcher& self, int) {
    ++calls;
    // Stop and free both watchers, whichever runs first.
    wa->stop();
    wb->stop();
    (void)self;
    loop.defer([&] {
      wa.reset();
      wb.reset();
    });
  };
  wa = std::make_unique<IoWatcher>(loop, a.fd[0], cb);
  wb = std::make_unique<IoWatcher>(loop, b.fd[0], cb);
  CHECK(write(a.fd[1], "1", 1) == 1);
  CHECK(write(b.fd[1], "2", 1) == 1);
  wa->start(IoWatcher::Readable);
  wb->start(IoWatcher::Readable);
  CHECK_FALSE(loop.run());
  CHECK(calls == 1);
  CHECK(!wa);

  // Freed directly inside the callback, too.
  Pair c, d;
  std::unique_ptr<IoWatcher> wc, wd;
  calls = 0;
  auto cb2 = [&](IoWatcher& self, int) {
    ++calls;
    IoWatcher* other = &self == wc.get() ? wd.get() : wc.get();
    other->stop();
    (&self == wc.get() ? wd : wc).reset();
    self.stop();
  };
  wc = std::make_unique<IoWatcher>(loop, c.fd[0], cb2);
  wd = std::make_unique<IoWatcher>(loop, d.fd[0], cb2);
  CHECK(write(c.fd[1], "1", 1) == 1);
  CHECK(write(d.fd[1], "2", 1) == 1);
  wc->start(IoWatcher::Readable);
  wd->start(IoWatcher::Readable);
  CHECK_FALSE(loop.run());
  CHECK(calls == 1);
}

TEST_CASE("dropping a direction while its readiness is in flight keeps the watcher level-triggered") {
  LOOP_FOR_EACH_BACKEND(loop);
  Pair a, b;
  std::unique_ptr<IoWatcher> wb;
  int b_readable = 0;
  IoWatcher wa(loop, a.fd[0], [&](IoWatcher& self, int) {
    char c;
    CHECK(read(self.fd(), &c, 1) == 1);
    wb->start(IoWatcher::Readable);  // b's Writable may already be queued
    self.stop();
  });
  wb = std::make_unique<IoWatcher>(loop, b.fd[0], [&](IoWatcher& self, int ev) {
    if (!(ev & IoWatcher::Readable)) return;  // a Writable from before the change
    char c;
    CHECK(read(self.fd(), &c, 1) == 1);  // one byte per callback
    if (++b_readable == 2) self.stop();
  });
  CHECK(write(a.fd[1], "a", 1) == 1);
  wa.start(IoWatcher::Readable);
  wb->start(IoWatcher::Readable | IoWatcher::Writable);
  spin(loop, [&] { return !wa.is_active(); });
  CHECK(wb->events() == IoWatcher::Readable);
  CHECK(write(b.fd[1], "xy", 2) == 2);
  CHECK_FALSE(loop.run());
  CHECK(b_readable == 2);
}

TEST_CASE("a regular file is always ready, on both backends") {
  LOOP_FOR_EACH_BACKEND(loop);
  char path[] = "/tmp/jolt_loop_test_XXXXXX";
  int fd = mkstemp(path);
  REQUIRE(fd >= 0);
  unlink(path);
  int events = 0;
  IoWatcher w(loop, fd, [&](IoWatcher& self, int ev) {
    events = ev;
    self.stop();
  });
  w.start(IoWatcher::Readable | IoWatcher::Writable);
  CHECK_FALSE(loop.run());
  CHECK(events == (IoWatcher::Readable | IoWatcher::Writable));
  close(fd);
}

TEST_CASE("a bad fd reports Error once") {
  LOOP_FOR_EACH_BACKEND(loop);
  int fd = open("/dev/null", O_RDONLY | O_CLOEXEC);
  REQUIRE(fd >= 0);
  close(fd);  // now a closed descriptor number
  int calls = 0, events = 0;
  IoWatcher w(loop, fd, [&](IoWatcher&, int ev) {
    ++calls;
    events = ev;
  });
  w.start(IoWatcher::Readable);
  spin(loop, [] { return false; }, 5);
  CHECK(calls == 1);
  CHECK((events & IoWatcher::Error));
  CHECK(w.is_active());  // still started; the owner decides
  w.stop();
  CHECK_FALSE(loop.run(RunMode::NoWait));
}

TEST_CASE("many watchers at once (more than one submission batch)") {
  LOOP_FOR_EACH_BACKEND(loop);
  constexpr int kN = 600;
  std::vector<std::unique_ptr<Pair>> pairs;
  std::vector<std::unique_ptr<IoWatcher>> watchers;
  int calls = 0;
  for (int i = 0; i < kN; ++i) {
    pairs.push_back(std::make_unique<Pair>());
    watchers.push_back(std::make_unique<IoWatcher>(loop, pairs.back()->fd[0],
                                                   [&](IoWatcher& self, int ev) {
                                                     CHECK(ev == IoWatcher::Readable);
                                                     char c;
                                                     CHECK(read(self.fd(), &c, 1) == 1);
                                                     ++calls;
                                                     self.stop();
                                                   }));
    watchers.back()->start(IoWatcher::Readable);
    CHECK(write(pairs.back()->fd[1], "!", 1) == 1);
  }
  CHECK(loop.active_handles() == kN);
  CHECK_FALSE(loop.run());
  CHECK(calls == kN);
}

TEST_CASE("closing a watcher stops it before the close callback") {
  LOOP_FOR_EACH_BACKEND(loop);
  Pair p;
  int calls = 0, closed = 0;
  IoWatcher w(loop, p.fd[0], [&](IoWatcher&, int) { ++calls; });
  w.start(IoWatcher::Readable);
  CHECK(write(p.fd[1], "x", 1) == 1);
  w.close([&] { ++closed; });
  CHECK_FALSE(w.is_active());
  w.start(IoWatcher::Readable);  // ignored while closing
  CHECK_FALSE(w.is_active());
  CHECK_FALSE(loop.run());
  CHECK(calls == 0);
  CHECK(closed == 1);
}

TEST_CASE("run(Once) blocks until an fd becomes ready") {
  LOOP_FOR_EACH_BACKEND(loop);
  Pair p;
  int calls = 0;
  IoWatcher w(loop, p.fd[0], [&](IoWatcher& self, int) {
    ++calls;
    char c;
    CHECK(read(self.fd(), &c, 1) == 1);
  });
  w.start(IoWatcher::Readable);
  std::thread t([&] {
    usleep(20000);
    CHECK(write(p.fd[1], "x", 1) == 1);
  });
  uint64_t t0 = Loop::hrtime();
  CHECK(loop.run(RunMode::Once));  // the watcher is still active
  t.join();
  CHECK(calls == 1);
  CHECK(Loop::hrtime() - t0 >= 15000000u);
  w.stop();
}
