#include "openssl/libcrypto.h"

#include "dl/lazy_library.h"

namespace jolt::openssl {

namespace {

dl::Loaded<LibCrypto> load() {
  dl::Loaded<LibCrypto> l;
  // The soname OpenSSL 3 installs; libssl-dev's headers are OpenSSL 3 too.
  void* handle = dl::open("libcrypto.so.3", "OpenSSL", l.error);
  if (handle == nullptr) return l;
  l.ok = dl::resolve(handle, "libcrypto", "RAND_bytes", l.lib.RAND_bytes, l.error);
  return l;
}

}  // namespace

const LibCrypto* libcrypto(std::string* error) { return dl::load_once<LibCrypto, load>(error); }

}  // namespace jolt::openssl
