// internalBinding(name): the native side of each stdlib module. Each binding
// lives in its own file and is created on first use.
#pragma once

#include <JavaScriptCore/JavaScript.h>

#include <string_view>

namespace jolt {

class Runtime;

using BindingInit = JSObjectRef (*)(JSContextRef ctx, Runtime& runtime);

struct BindingEntry {
  const char* name;
  BindingInit init;
};

const BindingEntry* find_binding(std::string_view name);

JSObjectRef init_buffer_binding(JSContextRef ctx, Runtime& runtime);
JSObjectRef init_builtins_binding(JSContextRef ctx, Runtime& runtime);
JSObjectRef init_contextify_binding(JSContextRef ctx, Runtime& runtime);
JSObjectRef init_credentials_binding(JSContextRef ctx, Runtime& runtime);
JSObjectRef init_crypto_binding(JSContextRef ctx, Runtime& runtime);
JSObjectRef init_dns_binding(JSContextRef ctx, Runtime& runtime);
JSObjectRef init_env_binding(JSContextRef ctx, Runtime& runtime);
JSObjectRef init_esm_binding(JSContextRef ctx, Runtime& runtime);
JSObjectRef init_errors_binding(JSContextRef ctx, Runtime& runtime);
JSObjectRef init_fs_binding(JSContextRef ctx, Runtime& runtime);
JSObjectRef init_fs_ops_binding(JSContextRef ctx, Runtime& runtime);
JSObjectRef init_http_parser_binding(JSContextRef ctx, Runtime& runtime);
JSObjectRef init_messaging_binding(JSContextRef ctx, Runtime& runtime);
JSObjectRef init_net_binding(JSContextRef ctx, Runtime& runtime);
JSObjectRef init_os_binding(JSContextRef ctx, Runtime& runtime);
JSObjectRef init_process_binding(JSContextRef ctx, Runtime& runtime);
JSObjectRef init_signal_binding(JSContextRef ctx, Runtime& runtime);
JSObjectRef init_stdio_binding(JSContextRef ctx, Runtime& runtime);
JSObjectRef init_task_queue_binding(JSContextRef ctx, Runtime& runtime);
JSObjectRef init_timers_binding(JSContextRef ctx, Runtime& runtime);
JSObjectRef init_udp_binding(JSContextRef ctx, Runtime& runtime);
JSObjectRef init_util_binding(JSContextRef ctx, Runtime& runtime);

}  // namespace jolt
