// Timer: start/stop/again on the loop's (due, start_id) heap. The timers
// phase itself is Loop::run_timers() in loop.cc.
#include "loop.h"
#include "loop_impl.h"

namespace jolt::loop {

Timer::Timer(Loop& loop, Callback cb) : Handle(loop), cb_(std::move(cb)) {}

Timer::~Timer() { stop(); }

void Timer::start(uint64_t timeout_ms, uint64_t repeat_ms) {
  if (is_closing()) return;
  Loop::Impl& impl = *loop().impl_;
  impl.timers.remove(this);  // restart: no-op when not started
  uint64_t now = loop().now();
  // Saturate instead of wrapping, so a huge timeout means "never" rather
  // than "already due".
  due_ = timeout_ms > UINT64_MAX - now ? UINT64_MAX : now + timeout_ms;
  repeat_ = repeat_ms;
  // A fresh id on every start keeps equal-due timers in start order and lets
  // the timers phase skip timers started while it runs.
  start_id_ = impl.next_timer_id++;
  impl.timers.push(this);
  set_active(true);
}

void Timer::stop() {
  if (heap_index_ == SIZE_MAX && !is_active()) return;
  loop().impl_->timers.remove(this);
  set_active(false);
}

void Timer::again() {
  if (repeat_ == 0) return;
  start(repeat_, repeat_);
}

}  // namespace jolt::loop
