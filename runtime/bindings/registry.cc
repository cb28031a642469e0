#include "registry.h"

namespace jolt {

namespace {
constexpr BindingEntry kBindings[] = {
    {"buffer", init_buffer_binding},
    {"builtins", init_builtins_binding},
    {"contextify", init_contextify_binding},
    {"credentials", init_credentials_binding},
    {"crypto", init_crypto_binding},
    {"dns", init_dns_binding},
    {"env", init_env_binding},
    {"esm", init_esm_binding},
    {"errors", init_errors_binding},
    {"fs", init_fs_binding},
    {"fs_ops", init_fs_ops_binding},
    {"http_parser", init_http_parser_binding},
    {"messaging", init_messaging_binding},
    {"net", init_net_binding},
    {"os", init_os_binding},
    {"process_methods", init_process_binding},
    {"signal_wrap", init_signal_binding},
    {"stdio", init_stdio_binding},
    {"task_queue", init_task_queue_binding},
    {"timers", init_timers_binding},
    {"udp", init_udp_binding},
    {"util", init_util_binding},
};
}  // namespace

const BindingEntry* find_binding(std::string_view name) {
  for (const auto& b : kBindings)
    if (name == b.name) return &b;
  return nullptr;
}

}  // namespace jolt
