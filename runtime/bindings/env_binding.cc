// internalBinding('env'): the C environment, for process.env. Reads and
// writes go straight to it (getenv/setenv/unsetenv), so child processes see
// changes, as in Node. internal/process/env.js builds the object over these.
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

#include "../runtime.h"
#include "registry.h"
#include "value.h"

extern char** environ;

namespace jolt {

namespace {

JSValueRef get_env(JSContextRef ctx, JSObjectRef, JSObjectRef, size_t argc, const JSValueRef argv[],
                   JSValueRef* exception) {
  js::Args args{ctx, argc, argv};
  std::string name = args.utf8(0, exception);
  if (*exception) return nullptr;
  const char* v = std::getenv(name.c_str());
  return v ? js::make_string(ctx, v) : JSValueMakeUndefined(ctx);
}

JSValueRef set_env(JSContextRef ctx, JSObjectRef, JSObjectRef, size_t argc, const JSValueRef argv[],
                   JSValueRef* exception) {
  js::Args args{ctx, argc, argv};
  std::string name = args.utf8(0, exception);
  if (*exception) return nullptr;
  std::string value = args.utf8(1, exception);
  if (*exception) return nullptr;
  // setenv refuses these; Node silently ignores them too.
  if (!name.empty() && name.find('=') == std::string::npos && name.find('\0') == std::string::npos)
    ::setenv(name.c_str(), value.c_str(), 1);
  return JSValueMakeUndefined(ctx);
}

JSValueRef unset_env(JSContextRef ctx, JSObjectRef, JSObjectRef, size_t argc, const JSValueRef argv[],
                     JSValueRef* exception) {
  js::Args args{ctx, argc, argv};
  std::string name = args.utf8(0, exception);
  if (*exception) return nullptr;
  if (!name.empty() && name.find('=') == std::string::npos) ::unsetenv(name.c_str());
  return JSValueMakeUndefined(ctx);
}

JSValueRef env_keys(JSContextRef ctx, JSObjectRef, JSObjectRef, size_t, const JSValueRef[], JSValueRef*) {
  std::vector<JSValueRef> names;
  for (char** e = environ; e && *e; e++) {
    const char* eq = std::strchr(*e, '=');
    if (!eq || eq == *e) continue;
    names.push_back(js::make_string(ctx, std::string_view(*e, static_cast<size_t>(eq - *e))));
  }
  return js::make_array(ctx, names.size(), names.data());
}

}  // namespace

JSObjectRef init_env_binding(JSContextRef ctx, Runtime&) {
  JSObjectRef b = js::make_object(ctx);
  js::set_method(ctx, b, "get", get_env);
  js::set_method(ctx, b, "set", set_env);
  js::set_method(ctx, b, "unset", unset_env);
  js::set_method(ctx, b, "keys", env_keys);
  return b;
}

}  // namespace jolt
