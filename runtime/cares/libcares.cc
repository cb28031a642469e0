#include "cares/libcares.h"

#include "dl/lazy_library.h"

namespace jolt::cares {

namespace {

dl::Loaded<LibCares> load() {
  dl::Loaded<LibCares> l;
  // The soname of c-ares 1.x, which libc-ares-dev's headers describe.
  void* handle = dl::open("libcares.so.2", "c-ares", l.error);
  if (handle == nullptr) return l;
  LibCares& c = l.lib;
  auto sym = [&](const char* name, auto& out) { return dl::resolve(handle, "libcares", name, out, l.error); };
  bool ok = sym("ares_library_init", c.library_init);
  ok &= sym("ares_init_options", c.init_options);
  ok &= sym("ares_destroy", c.destroy);
  ok &= sym("ares_cancel", c.cancel);
  ok &= sym("ares_query", c.query);
  ok &= sym("ares_gethostbyaddr", c.gethostbyaddr);
  ok &= sym("ares_process_fd", c.process_fd);
  ok &= sym("ares_timeout", c.timeout);
  ok &= sym("ares_set_servers_ports", c.set_servers_ports);
  ok &= sym("ares_get_servers_ports", c.get_servers_ports);
  ok &= sym("ares_free_data", c.free_data);
  ok &= sym("ares_set_local_ip4", c.set_local_ip4);
  ok &= sym("ares_set_local_ip6", c.set_local_ip6);
  if (ok && c.library_init(ARES_LIB_INIT_ALL) != ARES_SUCCESS) {
    l.error = "c-ares failed to initialise";
    ok = false;
  }
  l.ok = ok;
  return l;
}

}  // namespace

const LibCares* libcares(std::string* error) { return dl::load_once<LibCares, load>(error); }

}  // namespace jolt::cares
