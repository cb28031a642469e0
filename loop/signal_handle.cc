// Signal handles. See signal_handle.h.
//
// Process-wide part: how many started handles (of all loops) watch each
// signal, which decides the sigaction; and a fixed table of the loops' pipes
// that the handler reads. Per-loop part (LoopSignals): the pipe, its watcher
// and the started handles, made on the loop's first start() and dropped on
// its last stop(), so a loop that never watches a signal costs nothing.
#include "signal_handle.h"

#include <fcntl.h>
#include <sched.h>
#include <signal.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <cstdint>
#include <memory>
#include <mutex>
#include <vector>

namespace jolt::loop {

namespace {

constexpr int kMaxSignal = 64;  // Linux: signals are 1..64
constexpr int kMaxLoops = 64;   // loops watching signals at the same time

// What the handler reads; written under g_mutex by the loop threads. A slot
// is free while fd < 0.
struct Slot {
  std::atomic<int> fd{-1};
  std::atomic<uint64_t> mask{0};  // bit signum-1: this loop watches signum
};
Slot g_slots[kMaxLoops];
// Handlers running right now: a slot's pipe is closed only once none is.
std::atomic<int> g_in_handler{0};

std::mutex g_mutex;
int g_watchers[kMaxSignal + 1];  // started handles per signal, all loops
bool g_shielded[kMaxSignal + 1];  // caught for good (Signal::shield)
std::vector<LoopSignals*>* g_loops;  // under g_mutex

constexpr uint64_t bit(int signum) { return uint64_t{1} << (signum - 1); }

// The action a signal had before the first start() caught it, put back by
// the last stop(). Written under g_mutex only while the signal is not ours.
struct sigaction g_previous[kMaxSignal + 1];

// Signal::set_death_cleanup's function, and the signals it covers.
std::atomic<void (*)()> g_death_cleanup{nullptr};
constexpr bool covered_by_cleanup(int signum) { return signum == SIGINT || signum == SIGTERM; }

// The "default action" of a covered signal once a cleanup is set: clean up,
// then die of the signal. SA_RESETHAND gave the signal back its default on
// entry, and it stays blocked until we return, so the raise() lands then.
void die_after_cleanup(int signum) {
  int saved_errno = errno;
  if (auto* cleanup = g_death_cleanup.load()) cleanup();
  ::raise(signum);
  errno = saved_errno;
}

bool is_handler(const struct sigaction& sa) {
  if (sa.sa_flags & SA_SIGINFO) return sa.sa_sigaction != nullptr;
  // Our own stand-in for the default action is not someone else's handler.
  return sa.sa_handler != SIG_DFL && sa.sa_handler != SIG_IGN && sa.sa_handler != die_after_cleanup;
}

// Puts the default action of `signum` in place: die_after_cleanup for a
// covered signal once a cleanup is set, SIG_DFL otherwise.
void set_default_action(int signum) {
  struct sigaction sa = {};
  sigemptyset(&sa.sa_mask);
  if (covered_by_cleanup(signum) && g_death_cleanup.load()) {
    sa.sa_handler = die_after_cleanup;
    sa.sa_flags = SA_RESETHAND;
  } else {
    sa.sa_handler = SIG_DFL;
  }
  ::sigaction(signum, &sa, nullptr);
}

// Whether a process sent the signal (kill, sigqueue, or tgkill from another
// process), rather than the kernel (a fault, a child, a terminal) or a thread
// of this process poking another (JSC suspends its threads with SIGUSR1).
bool sent_by_a_process(const siginfo_t* info) {
  if (info->si_code == SI_USER || info->si_code == SI_QUEUE) return true;
  return info->si_code == SI_TKILL && info->si_pid != ::getpid();
}

void on_signal(int signum, siginfo_t* info, void* context) {
  // A signal someone else in the process (JSC) already handled keeps going
  // to that handler, unless a process sent it: only those reach listeners.
  const struct sigaction& previous = g_previous[signum];
  if (is_handler(previous) && !sent_by_a_process(info)) {
    if (previous.sa_flags & SA_SIGINFO)
      previous.sa_sigaction(signum, info, context);
    else
      previous.sa_handler(signum);
    return;
  }
  int saved_errno = errno;
  g_in_handler.fetch_add(1);
  for (Slot& s : g_slots) {
    if (!(s.mask.load() & bit(signum))) continue;
    int fd = s.fd.load();
    if (fd < 0) continue;
    unsigned char b = static_cast<unsigned char>(signum);
    // A full pipe (64 KiB of undelivered signals) drops this one.
    while (::write(fd, &b, 1) < 0 && errno == EINTR) {
    }
  }
  g_in_handler.fetch_sub(1);
  errno = saved_errno;
}

// Catches `signum`, remembering what it had; 0 or -errno.
int catch_signal(int signum) {
  struct sigaction sa = {};
  if (::sigaction(signum, nullptr, &g_previous[signum]) != 0) return -errno;
  if (is_handler(g_previous[signum])) {
    // Chained: keep the blocking and flags that handler was installed with.
    sa.sa_mask = g_previous[signum].sa_mask;
    sa.sa_flags = (g_previous[signum].sa_flags & ~SA_RESETHAND) | SA_SIGINFO;
  } else {
    // Other signals wait while the handler writes; interrupted system calls
    // of the program resume where they can.
    sigfillset(&sa.sa_mask);
    sa.sa_flags = SA_SIGINFO | SA_RESTART;
  }
  sa.sa_sigaction = on_signal;
  return ::sigaction(signum, &sa, nullptr) == 0 ? 0 : -errno;
}

// Gives `signum` back: to the handler it had, else to the default action
// (as libuv does, even for a signal that was ignored before).
void release_signal(int signum) {
  if (is_handler(g_previous[signum])) {
    ::sigaction(signum, &g_previous[signum], nullptr);
  } else {
    set_default_action(signum);
  }
}

}  // namespace

struct LoopSignals {
  Loop* loop = nullptr;
  int rfd = -1;
  int wfd = -1;
  int slot = -1;
  int counts[kMaxSignal + 1] = {};
  std::unique_ptr<IoWatcher> io;
  // Started handles in start order; a stop during a dispatch leaves a null
  // that is compacted afterwards, so the dispatch never sees a freed handle.
  std::vector<Signal*> handles;
  int dispatching = 0;
  bool has_holes = false;
  bool dead = false;  // released while dispatching: freed when it ends

  void dispatch() {
    ++dispatching;
    unsigned char buf[256];
    for (;;) {
      ssize_t n = ::read(rfd, buf, sizeof buf);
      if (n < 0 && errno == EINTR) continue;
      if (n <= 0) break;  // EAGAIN: drained
      for (ssize_t i = 0; i < n && !dead; ++i) {
        int signum = buf[i];
        // Handles started by a callback wait for the next delivery.
        size_t end = handles.size();
        for (size_t k = 0; k < end && !dead; ++k) {
          Signal* s = handles[k];
          if (s && s->signum_ == signum && s->cb_) s->cb_(*s, signum);
        }
      }
      if (dead) break;
    }
    if (--dispatching == 0) {
      if (dead) {
        delete this;
        return;
      }
      compact();
    }
  }

  void compact() {
    if (!has_holes) return;
    std::erase(handles, nullptr);
    has_holes = false;
  }

  // Made on the first start() of `loop`; null with `err` set on failure.
  static LoopSignals* open(Loop& loop, int& err) {
    if (!g_loops) g_loops = new std::vector<LoopSignals*>();
    for (LoopSignals* ls : *g_loops)
      if (ls->loop == &loop && !ls->dead) return ls;
    int slot = -1;
    for (int i = 0; i < kMaxLoops; ++i)
      if (g_slots[i].fd.load() < 0) {
        slot = i;
        break;
      }
    if (slot < 0) {
      err = -EBUSY;
      return nullptr;
    }
    int fds[2];
    if (::pipe2(fds, O_NONBLOCK | O_CLOEXEC) != 0) {
      err = -errno;
      return nullptr;
    }
    auto* ls = new LoopSignals();
    ls->loop = &loop;
    ls->rfd = fds[0];
    ls->wfd = fds[1];
    ls->slot = slot;
    g_slots[slot].mask.store(0);
    g_slots[slot].fd.store(ls->wfd);
    ls->io = std::make_unique<IoWatcher>(loop, ls->rfd, [ls](IoWatcher&, int) { ls->dispatch(); });
    // The Signal handles decide liveness, not the pipe.
    ls->io->unref();
    ls->io->start(IoWatcher::Readable);
    g_loops->push_back(ls);
    return ls;
  }

  // After the last handle of this loop stopped.
  void release() {
    std::erase(*g_loops, this);
    Slot& s = g_slots[slot];
    s.mask.store(0);
    s.fd.store(-1);
    // A handler that read the old fd is still counted: wait for it.
    while (g_in_handler.load() != 0) sched_yield();
    // The watcher stops before the fd closes. Inside its own callback it is
    // closed and freed in the close phase instead of destroyed under it.
    if (dispatching) {
      IoWatcher* w = io.release();
      w->close([w] { delete w; });
    } else {
      io.reset();
    }
    ::close(rfd);
    ::close(wfd);
    if (dispatching) {
      dead = true;  // dispatch() frees it on the way out
      return;
    }
    delete this;
  }
};

int Signal::shield(int signum) {
  if (signum < 1 || signum > kMaxSignal) return -EINVAL;
  std::lock_guard<std::mutex> lk(g_mutex);
  if (g_shielded[signum]) return 0;
  // While watchers exist the handler is in place already.
  if (g_watchers[signum] == 0) {
    int err = catch_signal(signum);
    if (err != 0) return err;
  }
  g_shielded[signum] = true;
  return 0;
}

int Signal::set_death_cleanup(void (*cleanup)()) {
  std::lock_guard<std::mutex> lk(g_mutex);
  g_death_cleanup.store(cleanup);
  for (int signum : {SIGINT, SIGTERM}) {
    // A watched or shielded signal gets the stand-in when it is released.
    if (g_watchers[signum] != 0 || g_shielded[signum]) continue;
    struct sigaction now = {};
    if (::sigaction(signum, nullptr, &now) != 0) return -errno;
    // Only the default action is replaced: an ignored SIGINT (nohup, a
    // shell's background job) stays ignored, another handler stays.
    if (!(now.sa_flags & SA_SIGINFO) && now.sa_handler == SIG_IGN) continue;
    if (is_handler(now)) continue;
    set_default_action(signum);
  }
  return 0;
}

Signal::Signal(Loop& loop, Callback cb) : Handle(loop), cb_(std::move(cb)) {}

Signal::~Signal() { stop(); }

int Signal::start(int signum) {
  if (is_closing()) return -EINVAL;
  if (signum < 1 || signum > kMaxSignal) return -EINVAL;
  if (signum_ == signum) return 0;
  stop();
  std::lock_guard<std::mutex> lk(g_mutex);
  int err = 0;
  LoopSignals* ls = LoopSignals::open(loop(), err);
  if (!ls) return err;
  // The loop's pipe hears the signal before the handler is installed, so no
  // delivery after the sigaction is lost.
  if (ls->counts[signum]++ == 0) g_slots[ls->slot].mask.fetch_or(bit(signum));
  if (g_watchers[signum]++ == 0 && !g_shielded[signum]) {
    err = catch_signal(signum);
    if (err != 0) {
      --g_watchers[signum];
      if (--ls->counts[signum] == 0) g_slots[ls->slot].mask.fetch_and(~bit(signum));
      if (ls->handles.empty()) ls->release();
      return err;
    }
  }
  ls->handles.push_back(this);
  state_ = ls;
  signum_ = signum;
  set_active(true);
  return 0;
}

void Signal::stop() {
  if (!state_) return;
  std::lock_guard<std::mutex> lk(g_mutex);
  LoopSignals* ls = state_;
  int signum = signum_;
  state_ = nullptr;
  signum_ = 0;
  set_active(false);
  // The default action comes back before the pipe stops listening, so a
  // signal in between is either delivered or takes its default effect.
  if (--g_watchers[signum] == 0 && !g_shielded[signum]) release_signal(signum);
  if (--ls->counts[signum] == 0) g_slots[ls->slot].mask.fetch_and(~bit(signum));
  for (Signal*& h : ls->handles) {
    if (h != this) continue;
    h = nullptr;
    ls->has_holes = true;
    break;
  }
  if (!ls->dispatching) ls->compact();
  bool empty = true;
  for (Signal* h : ls->handles) empty = empty && h == nullptr;
  if (empty) ls->release();
}

}  // namespace jolt::loop
