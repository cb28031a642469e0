// File requests (fs_request.h) on both backends: results, errors, large and
// many concurrent operations, liveness.
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <condition_variable>
#include <mutex>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <string>
#include <vector>

#include "fs_request.h"
#include "loop.h"
#include "loop_test_util.h"

using namespace jolt::loop;

namespace {

// A fresh directory under $TMPDIR, removed (with its files) at the end.
struct TempDir {
  std::string path;
  TempDir() {
    const char* t = std::getenv("TMPDIR");
    std::string tmpl = std::string(t && *t ? t : "/tmp") + "/jolt-loopfs-XXXXXX";
    std::vector<char> buf(tmpl.begin(), tmpl.end());
    buf.push_back('\0');
    REQUIRE(mkdtemp(buf.data()) != nullptr);
    path = buf.data();
  }
  ~TempDir() {
    std::string cmd = "rm -rf '" + path + "'";
    (void)std::system(cmd.c_str());
  }
  std::string file(const std::string& name) const { return path + "/" + name; }
};

void write_file(const std::string& path, const std::string& data) {
  int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
  REQUIRE(fd >= 0);
  REQUIRE(::write(fd, data.data(), data.size()) == static_cast<ssize_t>(data.size()));
  ::close(fd);
}

// Runs one request to completion and returns its result.
int64_t run_one(Loop& loop, FsRequest& req) {
  int64_t got = INT64_MIN;
  req.done = [&](FsRequest&, int64_t r) { got = r; };
  loop.submit_fs(&req);
  CHECK(loop.alive());  // the request keeps the loop alive
  loop.run();
  return got;
}

}  // namespace

TEST_CASE("fs requests: open, read, statx, close") {
  LOOP_FOR_EACH_BACKEND(loop);
  TempDir dir;
  std::string p = dir.file("a.txt");
  write_file(p, "hello file");

  FsRequest open;
  open.op = FsOp::Open;
  open.path = p.c_str();
  open.flags = O_RDONLY | O_CLOEXEC;
  int64_t fd = run_one(loop, open);
  REQUIRE(fd >= 0);
  if (loop_kind == BackendKind::IoUring)
    CHECK(open.ran_on_io_uring());
  else
    CHECK_FALSE(open.ran_on_io_uring());

  struct statx stx {};
  FsRequest st;
  st.op = FsOp::Statx;
  st.dirfd = static_cast<int>(fd);
  st.path = "";
  st.flags = AT_EMPTY_PATH;
  st.statx_buf = &stx;
  CHECK(run_one(loop, st) == 0);
  CHECK(stx.stx_size == 10);
  CHECK(S_ISREG(stx.stx_mode));

  char buf[32] = {};
  FsRequest rd;
  rd.op = FsOp::Read;
  rd.fd = static_cast<int>(fd);
  rd.buf = buf;
  rd.len = sizeof buf;
  rd.offset = 6;
  CHECK(run_one(loop, rd) == 4);
  CHECK(std::string(buf) == "file");

  // Offset -1: from the file position, which moves.
  rd.offset = -1;
  rd.len = 5;
  CHECK(run_one(loop, rd) == 5);
  CHECK(std::string(buf, 5) == "hello");
  CHECK(run_one(loop, rd) == 5);
  CHECK(std::string(buf, 5) == " file");
  CHECK(run_one(loop, rd) == 0);

  FsRequest cl;
  cl.op = FsOp::Close;
  cl.fd = static_cast<int>(fd);
  CHECK(run_one(loop, cl) == 0);
  CHECK_FALSE(loop.alive());
}

TEST_CASE("fs requests: errors come back as negative errno") {
  LOOP_FOR_EACH_BACKEND(loop);
  TempDir dir;
  std::string missing = dir.file("missing");

  FsRequest open;
  open.op = FsOp::Open;
  open.path = missing.c_str();
  open.flags = O_RDONLY;
  CHECK(run_one(loop, open) == -ENOENT);

  char buf[8];
  FsRequest rd;
  rd.op = FsOp::Read;
  rd.fd = 987654;  // not open
  rd.buf = buf;
  rd.len = sizeof buf;
  CHECK(run_one(loop, rd) == -EBADF);

  FsRequest cl;
  cl.op = FsOp::Close;
  cl.fd = 987654;
  CHECK(run_one(loop, cl) == -EBADF);

  struct statx stx {};
  FsRequest st;
  st.op = FsOp::Statx;
  st.path = missing.c_str();
  st.statx_buf = &stx;
  CHECK(run_one(loop, st) == -ENOENT);

  FsRequest mk;
  mk.op = FsOp::Mkdir;
  mk.path = dir.path.c_str();
  mk.mode = 0755;
  CHECK(run_one(loop, mk) == -EEXIST);

  FsRequest un;
  un.op = FsOp::Unlink;
  un.path = missing.c_str();
  CHECK(run_one(loop, un) == -ENOENT);
}

TEST_CASE("fs requests: directory and link operations") {
  LOOP_FOR_EACH_BACKEND(loop);
  TempDir dir;
  std::string d = dir.file("sub"), a = dir.file("a"), b = dir.file("b"), l = dir.file("l"),
              h = dir.file("h");
  write_file(a, "x");

  FsRequest r;
  r.op = FsOp::Mkdir;
  r.path = d.c_str();
  r.mode = 0700;
  CHECK(run_one(loop, r) == 0);
  struct stat sb;
  CHECK((stat(d.c_str(), &sb) == 0 && S_ISDIR(sb.st_mode)));

  r = FsRequest{};
  r.op = FsOp::Rename;
  r.path = a.c_str();
  r.path2 = b.c_str();
  CHECK(run_one(loop, r) == 0);
  CHECK(access(a.c_str(), F_OK) != 0);
  CHECK(access(b.c_str(), F_OK) == 0);

  r = FsRequest{};
  r.op = FsOp::Symlink;
  r.path = "b";
  r.path2 = l.c_str();
  CHECK(run_one(loop, r) == 0);
  char target[16] = {};
  CHECK(readlink(l.c_str(), target, sizeof target) == 1);

  r = FsRequest{};
  r.op = FsOp::Link;
  r.path = b.c_str();
  r.path2 = h.c_str();
  CHECK(run_one(loop, r) == 0);
  CHECK((stat(b.c_str(), &sb) == 0 && sb.st_nlink == 2));

  r = FsRequest{};
  r.op = FsOp::Unlink;
  r.path = d.c_str();
  r.flags = AT_REMOVEDIR;
  CHECK(run_one(loop, r) == 0);
  CHECK(access(d.c_str(), F_OK) != 0);
}

TEST_CASE("fs requests: write, writev, fsync, ftruncate") {
  LOOP_FOR_EACH_BACKEND(loop);
  TempDir dir;
  std::string p = dir.file("w");
  int fd = ::open(p.c_str(), O_RDWR | O_CREAT, 0644);
  REQUIRE(fd >= 0);

  std::string one = "abc", two = "defg";
  iovec iov[2] = {{one.data(), one.size()}, {two.data(), two.size()}};
  FsRequest r;
  r.op = FsOp::Writev;
  r.fd = fd;
  r.iov = iov;
  r.iovcnt = 2;
  r.offset = 0;
  CHECK(run_one(loop, r) == 7);

  r = FsRequest{};
  r.op = FsOp::Write;
  r.fd = fd;
  r.buf = const_cast<char*>("XY");
  r.len = 2;
  r.offset = 1;
  CHECK(run_one(loop, r) == 2);

  r = FsRequest{};
  r.op = FsOp::Fsync;
  r.fd = fd;
  CHECK(run_one(loop, r) == 0);
  r.op = FsOp::Fdatasync;
  CHECK(run_one(loop, r) == 0);

  r = FsRequest{};
  r.op = FsOp::Ftruncate;
  r.fd = fd;
  r.offset = 5;
  CHECK(run_one(loop, r) == 0);

  char buf[16] = {};
  char b1[2], b2[8];
  iovec riov[2] = {{b1, sizeof b1}, {b2, sizeof b2}};
  r = FsRequest{};
  r.op = FsOp::Readv;
  r.fd = fd;
  r.iov = riov;
  r.iovcnt = 2;
  r.offset = 0;
  CHECK(run_one(loop, r) == 5);
  std::memcpy(buf, b1, 2);
  std::memcpy(buf + 2, b2, 3);
  CHECK(std::string(buf) == "aXYde");
  ::close(fd);
}

TEST_CASE("fs requests: a large read") {
  LOOP_FOR_EACH_BACKEND(loop);
  TempDir dir;
  std::string p = dir.file("big");
  std::string data(8 << 20, '\0');
  for (size_t i = 0; i < data.size(); ++i) data[i] = static_cast<char>(i * 7 + (i >> 12));
  write_file(p, data);
  int fd = ::open(p.c_str(), O_RDONLY);
  REQUIRE(fd >= 0);
  std::string got(data.size(), '\0');
  size_t used = 0;
  FsRequest r;
  r.op = FsOp::Read;
  r.fd = fd;
  // Short reads are allowed: read on until the whole file is in.
  r.done = [&](FsRequest& req, int64_t n) {
    if (n <= 0) return;
    used += static_cast<size_t>(n);
    if (used == got.size()) return;
    req.buf = got.data() + used;
    req.len = got.size() - used;
    req.offset = static_cast<int64_t>(used);
    loop.submit_fs(&req);
  };
  r.buf = got.data();
  r.len = got.size();
  r.offset = 0;
  loop.submit_fs(&r);
  loop.run();
  CHECK(used == data.size());
  CHECK(got == data);
  ::close(fd);
}

TEST_CASE("fs requests: many at once") {
  LOOP_FOR_EACH_BACKEND(loop);
  TempDir dir;
  constexpr int kFiles = 600;  // more than the ring's 256 SQ entries
  std::vector<std::string> paths;
  for (int i = 0; i < kFiles; ++i) {
    paths.push_back(dir.file("f" + std::to_string(i)));
    write_file(paths.back(), "content " + std::to_string(i));
  }
  // Each file: open -> read -> close, all chained from the callbacks.
  struct Job {
    FsRequest req;
    char buf[64] = {};
    int fd = -1;
    std::string text;
    int step = 0;
  };
  std::vector<std::unique_ptr<Job>> jobs;
  int finished = 0;
  for (int i = 0; i < kFiles; ++i) {
    auto job = std::make_unique<Job>();
    Job* j = job.get();
    j->req.op = FsOp::Open;
    j->req.path = paths[i].c_str();
    j->req.flags = O_RDONLY | O_CLOEXEC;
    j->req.done = [&loop, &finished, j](FsRequest& req, int64_t r) {
      if (r < 0) {
        FAIL_CHECK("step " << j->step << " failed: " << std::strerror(static_cast<int>(-r)));
        return;
      }
      if (j->step == 0) {
        j->fd = static_cast<int>(r);
        req.op = FsOp::Read;
        req.fd = j->fd;
        req.buf = j->buf;
        req.len = sizeof j->buf;
        req.offset = 0;
      } else if (j->step == 1) {
        j->text.assign(j->buf, static_cast<size_t>(r));
        req.op = FsOp::Close;
      } else {
        ++finished;
        return;
      }
      ++j->step;
      loop.submit_fs(&req);
    };
    loop.submit_fs(&j->req);
    jobs.push_back(std::move(job));
  }
  loop.run();
  CHECK(finished == kFiles);
  for (int i = 0; i < kFiles; ++i) CHECK(jobs[i]->text == "content " + std::to_string(i));
}

TEST_CASE("fs_run_blocking: the synchronous form") {
  TempDir dir;
  std::string p = dir.file("s");
  FsRequest r;
  r.op = FsOp::Open;
  r.path = p.c_str();
  r.flags = O_WRONLY | O_CREAT | O_EXCL;
  r.mode = 0600;
  int64_t fd = fs_run_blocking(r);
  REQUIRE(fd >= 0);
  CHECK(fs_run_blocking(r) == -EEXIST);
  r = FsRequest{};
  r.op = FsOp::Close;
  r.fd = static_cast<int>(fd);
  CHECK(fs_run_blocking(r) == 0);
  CHECK(fs_run_blocking(r) == -EBADF);
}

TEST_CASE("worker pool: requests staged behind busy threads run, and can be cancelled") {
  EnvVar size("UV_THREADPOOL_SIZE", "1");
  LOOP_FOR_EACH_BACKEND(loop);
  std::mutex mu;
  std::condition_variable cv;
  bool open = false;
  // The only thread blocks until the gate opens, so the next requests stage.
  WorkRequest blocker;
  blocker.work = [&] {
    std::unique_lock<std::mutex> lk(mu);
    cv.wait(lk, [&] { return open; });
  };
  int blocker_status = -1;
  blocker.done = [&](int st) { blocker_status = st; };
  loop.queue_work(&blocker);
  constexpr int kMany = 200;  // more than one batch
  std::vector<WorkRequest> reqs(kMany);
  std::vector<int> status(kMany, -1);
  std::atomic<int> ran{0};
  for (int i = 0; i < kMany; ++i) {
    reqs[i].work = [&] { ran.fetch_add(1); };
    reqs[i].done = [&status, i](int st) { status[i] = st; };
    loop.queue_work(&reqs[i]);
  }
  CHECK(reqs[kMany - 1].cancel());  // still staged
  CHECK(reqs[5].cancel());          // handed to the queue in a batch, not started
  {
    std::lock_guard<std::mutex> lk(mu);
    open = true;
  }
  cv.notify_all();
  loop.run();
  CHECK(blocker_status == 0);
  CHECK(ran.load() == kMany - 2);
  CHECK(status[5] == ECANCELED);
  CHECK(status[kMany - 1] == ECANCELED);
  for (int i = 0; i < kMany - 1; ++i)
    if (i != 5) CHECK(status[i] == 0);
}
