// PhaseHook: Idle/Prepare/Check handles on the loop's per-phase lists. The
// phases themselves run in Loop::run() (loop.cc).
#include "loop.h"
#include "loop_impl.h"

namespace jolt::loop {

PhaseHook::PhaseHook(Loop& loop, Phase phase, Callback cb)
    : Handle(loop), phase_(phase), cb_(std::move(cb)) {}

PhaseHook::~PhaseHook() { stop(); }

void PhaseHook::start() {
  if (is_active() || is_closing()) return;
  // Appended: hooks run in start order, and one started during its own
  // phase first runs in the next iteration.
  loop().impl_->hooks[static_cast<int>(phase_)].push_back(this);
  set_active(true);
}

void PhaseHook::stop() {
  if (!is_active()) return;
  loop().impl_->hooks[static_cast<int>(phase_)].unlink(this);
  set_active(false);
}

}  // namespace jolt::loop
