// epoll backend: level-triggered epoll plus an eventfd for wake().
#pragma once

#include <sys/epoll.h>

#include <vector>

#include "backend.h"
#include "slab.h"

namespace jolt::loop {

class EpollBackend final : public Backend {
 public:
  static std::unique_ptr<Backend> create(std::string* error);
  ~EpollBackend() override;

  const char* name() const override { return "epoll"; }
  void watch(IoWatcher& w) override;
  void unwatch(IoWatcher& w) override;
  void poll(int timeout_ms) override;
  void wake() override;

 private:
  static constexpr uint32_t kNone = UINT32_MAX;
  enum class Mode : uint8_t {
    Kernel,       // registered (or to be registered) with epoll
    AlwaysReady,  // epoll refused the fd with EPERM (regular file): poll(2)
                  // calls such fds always ready, and so do we
    Failed,       // registration failed otherwise; Error reported once
  };
  // Per-watcher record; epoll_event.data.ptr points here rather than at the
  // IoWatcher so that a watcher stopped (and freed) by an earlier callback in
  // the same batch is recognised: unwatch() clears `w` and the record is
  // recycled only after the batch.
  struct Entry {
    IoWatcher* w = nullptr;
    uint32_t registered = 0;  // mask the kernel has; 0: not added
    uint32_t dirty_idx = kNone;
    Mode mode = Mode::Kernel;
  };

  EpollBackend(int epfd, int wakefd);
  void flush();
  void mark_dirty(Entry* e);
  void remove_dirty(Entry* e);
  void dispatch(Entry* e, int events);

  int epfd_;
  int wakefd_;
  bool dispatching_ = false;
  // Watchers whose wanted mask may differ from the kernel's; applied in one
  // pass before waiting, so start(R|W) then start(R) costs nothing.
  std::vector<Entry*> dirty_;
  std::vector<Entry*> always_ready_;
  std::vector<Entry*> failed_;
  std::vector<Entry*> scratch_;
  std::vector<Entry*> graveyard_;  // unwatched during dispatch, freed after
  std::vector<epoll_event> events_;
  Slab<Entry> entries_;
};

}  // namespace jolt::loop
