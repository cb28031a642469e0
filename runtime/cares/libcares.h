// c-ares, loaded with dlopen on first use.
//
// Like libcrypto (runtime/openssl/libcrypto.h), c-ares is only needed by
// programs that call dns.resolve*() or a Resolver, so linking it would make
// every start-up pay for loading and relocating it. Jolt takes c-ares's
// headers at build time and resolves the functions here the first time a
// channel is created.
#pragma once

#include <ares.h>

#include <string>

namespace jolt::cares {

// One pointer per c-ares function Jolt calls, typed from c-ares's own
// declarations so that a signature mismatch fails to compile.
struct LibCares {
  decltype(&::ares_library_init) library_init;
  decltype(&::ares_init_options) init_options;
  decltype(&::ares_destroy) destroy;
  decltype(&::ares_cancel) cancel;
  decltype(&::ares_query) query;
  decltype(&::ares_gethostbyaddr) gethostbyaddr;
  decltype(&::ares_process_fd) process_fd;
  decltype(&::ares_timeout) timeout;
  decltype(&::ares_set_servers_ports) set_servers_ports;
  decltype(&::ares_get_servers_ports) get_servers_ports;
  decltype(&::ares_free_data) free_data;
  decltype(&::ares_set_local_ip4) set_local_ip4;
  decltype(&::ares_set_local_ip6) set_local_ip6;
};

// The loaded and initialised library, or nullptr with *error set
// (libcares.so.2 missing or lacking a symbol). Loaded once; thread-safe.
const LibCares* libcares(std::string* error);

}  // namespace jolt::cares
