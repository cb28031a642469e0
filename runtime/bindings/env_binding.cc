// internalBinding('env'): process.env, an object whose reads and writes go
// straight to the C environment, so child processes see them (as in Node).
// Values are stored as strings; deleting a key unsets it.
#include <cstdlib>
#include <cstring>
#include <string>

#include "../runtime.h"
#include "registry.h"
#include "value.h"

extern char** environ;

namespace jolt {

namespace {

std::string name_of(JSStringRef name) { return js::String::adopt(JSStringRetain(name)).to_utf8(); }

bool has_env(JSContextRef, JSObjectRef, JSStringRef name) {
  std::string n = name_of(name);
  return std::getenv(n.c_str()) != nullptr;
}

JSValueRef get_env(JSContextRef ctx, JSObjectRef, JSStringRef name, JSValueRef*) {
  std::string n = name_of(name);
  const char* v = std::getenv(n.c_str());
  if (!v) return nullptr;  // fall through to the prototype: undefined, toString, ...
  return js::make_string(ctx, v);
}

bool set_env(JSContextRef ctx, JSObjectRef, JSStringRef name, JSValueRef value, JSValueRef* exception) {
  std::string v = js::to_utf8(ctx, value, exception);
  if (*exception) return true;
  std::string n = name_of(name);
  if (n.empty() || n.find('=') != std::string::npos) return true;  // setenv would fail; node ignores it too
  ::setenv(n.c_str(), v.c_str(), 1);
  return true;
}

bool delete_env(JSContextRef, JSObjectRef, JSStringRef name, JSValueRef*) {
  std::string n = name_of(name);
  ::unsetenv(n.c_str());
  return true;
}

void env_names(JSContextRef, JSObjectRef, JSPropertyNameAccumulatorRef names) {
  for (char** e = environ; e && *e; e++) {
    const char* eq = std::strchr(*e, '=');
    if (!eq || eq == *e) continue;
    js::String n = js::String::utf8(std::string_view(*e, static_cast<size_t>(eq - *e)));
    JSPropertyNameAccumulatorAddName(names, n.get());
  }
}

}  // namespace

JSObjectRef init_env_binding(JSContextRef ctx, Runtime&) {
  static JSClassRef env_class = [] {
    JSClassDefinition def = kJSClassDefinitionEmpty;
    def.className = "Object";
    def.hasProperty = has_env;
    def.getProperty = get_env;
    def.setProperty = set_env;
    def.deleteProperty = delete_env;
    def.getPropertyNames = env_names;
    return JSClassCreate(&def);
  }();
  JSObjectRef b = js::make_object(ctx);
  js::set(ctx, b, "env", JSObjectMake(ctx, env_class, nullptr));
  return b;
}

}  // namespace jolt
