#include "registry.h"

namespace jolt {

namespace {
constexpr BindingEntry kBindings[] = {
    {"builtins", init_builtins_binding},
    {"contextify", init_contextify_binding},
    {"env", init_env_binding},
    {"errors", init_errors_binding},
    {"fs", init_fs_binding},
    {"process_methods", init_process_binding},
    {"stdio", init_stdio_binding},
    {"task_queue", init_task_queue_binding},
    {"timers", init_timers_binding},
    {"util", init_util_binding},
};
}  // namespace

const BindingEntry* find_binding(std::string_view name) {
  for (const auto& b : kBindings)
    if (name == b.name) return &b;
  return nullptr;
}

}  // namespace jolt
