#include "openssl/libcrypto.h"

#include <dlfcn.h>

#include <mutex>

namespace jolt::openssl {

namespace {

struct Loaded {
  LibCrypto lib{};
  std::string error;
  bool ok = false;
};

template <typename Fn>
bool resolve(void* handle, const char* name, Fn& out, std::string& error) {
  out = reinterpret_cast<Fn>(dlsym(handle, name));
  if (out == nullptr) error = std::string("libcrypto has no ") + name;
  return out != nullptr;
}

Loaded load() {
  Loaded l;
  // The soname OpenSSL 3 installs; libssl-dev's headers are OpenSSL 3 too.
  void* handle = dlopen("libcrypto.so.3", RTLD_NOW | RTLD_LOCAL);
  if (handle == nullptr) {
    const char* why = dlerror();
    l.error = std::string("cannot load OpenSSL (libcrypto.so.3): ") + (why ? why : "unknown error");
    return l;
  }
  l.ok = resolve(handle, "RAND_bytes", l.lib.RAND_bytes, l.error);
  // The handle stays open for the life of the process.
  return l;
}

}  // namespace

const LibCrypto* libcrypto(std::string* error) {
  static std::once_flag once;
  static Loaded loaded;
  std::call_once(once, [] { loaded = load(); });
  if (!loaded.ok) {
    if (error) *error = loaded.error;
    return nullptr;
  }
  return &loaded.lib;
}

}  // namespace jolt::openssl
