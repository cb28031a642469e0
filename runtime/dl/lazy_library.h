// Shared libraries that Jolt loads with dlopen on first use instead of
// linking (libcrypto, c-ares): linking would make every start-up pay for
// loading and relocating them. Each library gets a struct of function
// pointers, filled once by a load function.
#pragma once

#include <dlfcn.h>

#include <mutex>
#include <string>

namespace jolt::dl {

template <typename Lib>
struct Loaded {
  Lib lib{};
  std::string error;
  bool ok = false;
};

// dlopen(soname), or false with `error` saying why (`what` names the
// library for the message).
inline void* open(const char* soname, const char* what, std::string& error) {
  void* handle = dlopen(soname, RTLD_NOW | RTLD_LOCAL);
  if (handle == nullptr) {
    const char* why = dlerror();
    error = std::string("cannot load ") + what + " (" + soname + "): " + (why ? why : "unknown error");
  }
  return handle;
}

// Looks up `name`; on failure records the first missing symbol in `error`.
template <typename Fn>
bool resolve(void* handle, const char* lib, const char* name, Fn& out, std::string& error) {
  out = reinterpret_cast<Fn>(dlsym(handle, name));
  if (out == nullptr && error.empty()) error = std::string(lib) + " has no " + name;
  return out != nullptr;
}

// Runs `load` once (thread-safe) and returns its library, or nullptr with
// *error set. Handles stay open for the life of the process.
template <typename Lib, Loaded<Lib> (*load)()>
const Lib* load_once(std::string* error) {
  static std::once_flag once;
  static Loaded<Lib> loaded;
  std::call_once(once, [] { loaded = load(); });
  if (!loaded.ok) {
    if (error) *error = loaded.error;
    return nullptr;
  }
  return &loaded.lib;
}

}  // namespace jolt::dl
