// epoll backend. See backend_epoll.h.
#include "backend_epoll.h"

#include <sys/eventfd.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

namespace jolt::loop {

namespace {

constexpr size_t kMaxEvents = 1024;
// Rounds of epoll_wait per poll() when a round fills the whole array, so a
// flood of ready fds cannot starve the other phases.
constexpr int kMaxRounds = 8;

template <class T>
void erase_one(std::vector<T*>& v, T* x) {
  auto it = std::find(v.begin(), v.end(), x);
  if (it != v.end()) {
    *it = v.back();
    v.pop_back();
  }
}

}  // namespace

std::unique_ptr<Backend> make_epoll_backend(std::string* error) {
  return EpollBackend::create(error);
}

std::unique_ptr<Backend> EpollBackend::create(std::string* error) {
  int epfd = epoll_create1(EPOLL_CLOEXEC);
  if (epfd < 0) {
    if (error) *error = std::string("epoll_create1: ") + std::strerror(errno);
    return nullptr;
  }
  int wakefd = eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK);
  if (wakefd < 0) {
    if (error) *error = std::string("eventfd: ") + std::strerror(errno);
    close(epfd);
    return nullptr;
  }
  epoll_event ev{};
  ev.events = EPOLLIN;
  ev.data.ptr = nullptr;  // null marks the wake-up fd
  if (epoll_ctl(epfd, EPOLL_CTL_ADD, wakefd, &ev) < 0) {
    if (error) *error = std::string("epoll_ctl: ") + std::strerror(errno);
    close(wakefd);
    close(epfd);
    return nullptr;
  }
  return std::unique_ptr<Backend>(new EpollBackend(epfd, wakefd));
}

EpollBackend::EpollBackend(int epfd, int wakefd)
    : epfd_(epfd), wakefd_(wakefd), events_(kMaxEvents) {}

EpollBackend::~EpollBackend() {
  close(wakefd_);
  close(epfd_);
}

void EpollBackend::mark_dirty(Entry* e) {
  if (e->dirty_idx != kNone) return;
  e->dirty_idx = static_cast<uint32_t>(dirty_.size());
  dirty_.push_back(e);
}

void EpollBackend::remove_dirty(Entry* e) {
  Entry* last = dirty_.back();
  dirty_[e->dirty_idx] = last;
  last->dirty_idx = e->dirty_idx;
  dirty_.pop_back();
  e->dirty_idx = kNone;
}

void EpollBackend::watch(IoWatcher& w) {
  auto* e = static_cast<Entry*>(w.backend_data_);
  if (!e) {
    e = entries_.alloc();
    e->w = &w;
    w.backend_data_ = e;
  }
  if (e->mode == Mode::Failed) {
    // A new start() retries the registration.
    e->mode = Mode::Kernel;
    erase_one(failed_, e);
  }
  mark_dirty(e);
}

void EpollBackend::unwatch(IoWatcher& w) {
  auto* e = static_cast<Entry*>(w.backend_data_);
  if (!e) return;
  w.backend_data_ = nullptr;
  // Removed at once rather than at the next poll: if the fd is closed and
  // its number reused before then, a late EPOLL_CTL_DEL would hit the wrong
  // file, and a registration left behind a dup()ed fd would keep reporting
  // to a freed record.
  if (e->registered) {
    epoll_event ev{};
    epoll_ctl(epfd_, EPOLL_CTL_DEL, w.fd(), &ev);  // EBADF/ENOENT: already gone
  }
  if (e->dirty_idx != kNone) remove_dirty(e);
  if (e->mode == Mode::AlwaysReady) erase_one(always_ready_, e);
  if (e->mode == Mode::Failed) erase_one(failed_, e);
  e->w = nullptr;
  if (dispatching_)
    graveyard_.push_back(e);
  else
    entries_.free(e);
}

void EpollBackend::flush() {
  for (Entry* e : dirty_) {
    e->dirty_idx = kNone;
    if (e->mode != Mode::Kernel) continue;
    uint32_t want = poll_mask_for(e->w->events_);
    if (want == e->registered) continue;
    epoll_event ev{};
    ev.events = want;
    ev.data.ptr = e;
    int fd = e->w->fd();
    int op = e->registered ? EPOLL_CTL_MOD : EPOLL_CTL_ADD;
    int r = epoll_ctl(epfd_, op, fd, &ev);
    if (r < 0 && op == EPOLL_CTL_ADD && errno == EEXIST)
      r = epoll_ctl(epfd_, EPOLL_CTL_MOD, fd, &ev);  // stale registration
    else if (r < 0 && op == EPOLL_CTL_MOD && errno == ENOENT)
      r = epoll_ctl(epfd_, EPOLL_CTL_ADD, fd, &ev);  // fd was closed/reopened
    if (r == 0) {
      e->registered = want;
      continue;
    }
    e->registered = 0;
    if (errno == EPERM) {
      e->mode = Mode::AlwaysReady;
      always_ready_.push_back(e);
    } else {
      e->mode = Mode::Failed;
      failed_.push_back(e);
    }
  }
  dirty_.clear();
}

void EpollBackend::dispatch(Entry* e, int events) {
  IoWatcher* w = e->w;
  if (w && events) w->cb_(*w, events);
}

void EpollBackend::poll(int timeout_ms) {
  flush();
  // Fds that are always ready (or have an error to report) make this a
  // non-blocking poll, as they would with poll(2).
  if (!always_ready_.empty() || !failed_.empty()) timeout_ms = 0;

  dispatching_ = true;
  uint64_t start = timeout_ms > 0 ? Loop::hrtime() : 0;
  int remaining = timeout_ms;
  for (int round = 0; round < kMaxRounds; ++round) {
    uint64_t wait_start = remaining != 0 ? Loop::hrtime() : 0;
    int n = epoll_wait(epfd_, events_.data(), static_cast<int>(events_.size()), remaining);
    if (remaining != 0) idle_ns_ += Loop::hrtime() - wait_start;
    if (n < 0 && errno == EINTR && remaining != 0) {
      // A signal is not an event: wait for the rest of the timeout (as
      // libuv does), so that RunMode::Once still makes progress.
      if (remaining > 0) {
        uint64_t elapsed = (Loop::hrtime() - start) / 1000000u;
        if (elapsed >= static_cast<uint64_t>(timeout_ms)) break;
        remaining = timeout_ms - static_cast<int>(elapsed);
      }
      --round;
      continue;
    }
    if (n <= 0) break;
    remaining = 0;  // further rounds only pick up what is already ready
    for (int i = 0; i < n; ++i) {
      void* p = events_[i].data.ptr;
      if (!p) {
        uint64_t v;
        while (read(wakefd_, &v, sizeof v) < 0 && errno == EINTR) {
        }
        continue;
      }
      auto* e = static_cast<Entry*>(p);
      if (!e->w) continue;  // unwatched by an earlier callback
      dispatch(e, events_for_mask(events_[i].events, e->w->events_));
    }
    if (static_cast<size_t>(n) < events_.size()) break;
  }

  if (!always_ready_.empty()) {
    scratch_.assign(always_ready_.begin(), always_ready_.end());
    for (Entry* e : scratch_)
      if (e->w && e->mode == Mode::AlwaysReady) dispatch(e, e->w->events_);
  }
  if (!failed_.empty()) {
    scratch_.assign(failed_.begin(), failed_.end());
    failed_.clear();  // reported once; a new start() tries again
    for (Entry* e : scratch_)
      if (e->w && e->mode == Mode::Failed) dispatch(e, IoWatcher::Error);
  }
  dispatching_ = false;
  for (Entry* e : graveyard_) entries_.free(e);
  graveyard_.clear();
}

void EpollBackend::wake() {
  uint64_t one = 1;
  // EAGAIN means the counter is saturated: a wake-up is pending anyway.
  while (write(wakefd_, &one, sizeof one) < 0 && errno == EINTR) {
  }
}

}  // namespace jolt::loop
