// OpenSSL's libcrypto, loaded with dlopen on first use.
//
// Linking libcrypto makes every start-up pay for its relocations (about
// 3M instructions, most of a millisecond, measured with callgrind on
// `jolt hello.js`), while most programs never touch crypto. So Jolt takes
// only OpenSSL's headers at build time and resolves the functions it calls
// here, the first time a binding needs one.
#pragma once

#include <openssl/rand.h>

#include <string>

namespace jolt::openssl {

// One pointer per libcrypto function Jolt calls, typed from OpenSSL's own
// declarations so a signature mismatch fails to compile.
struct LibCrypto {
  decltype(&::RAND_bytes) RAND_bytes;
};

// The loaded library, or nullptr with *error set (libcrypto.so.3 missing or
// lacking a symbol). Loaded once; thread-safe.
const LibCrypto* libcrypto(std::string* error);

}  // namespace jolt::openssl
