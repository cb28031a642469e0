// internalBinding('dns'): name resolution for node:dns.
//
// getaddrinfo and getnameinfo (dns.lookup, dns.lookupService) are blocking
// libc calls, so they run on the loop's worker pool and call back on the loop
// thread. Failures are reported as libuv's negative codes (UV_EAI_* for the
// resolver's own errors, -errno for EAI_SYSTEM), which JS turns into node's
// DNSException. The c-ares channels behind dns.resolve*() and Resolver are in
// dns_channel.cc.
//
//   getaddrinfo(hostname, family, hints, callback(err, addresses[]))
//   getnameinfo(address, port, callback(err, hostname, service))
#include <arpa/inet.h>
#include <netdb.h>
#include <netinet/in.h>
#include <sys/socket.h>

#include <cerrno>
#include <cstring>
#include <memory>
#include <string>
#include <vector>

#include "../runtime.h"
#include "dns_channel.h"
#include "exception.h"
#include "js_string.h"
#include "registry.h"
#include "value.h"

namespace jolt {

namespace {

// libuv's numbering of getaddrinfo's errors (UV_EAI_ADDRFAMILY == -3000...),
// which node's error names are keyed on.
int uv_code_of_eai(int eai) {
  switch (eai) {
    case 0: return 0;
    case EAI_ADDRFAMILY: return -3000;
    case EAI_AGAIN: return -3001;
    case EAI_BADFLAGS: return -3002;
    case EAI_CANCELED: return -3003;
    case EAI_FAIL: return -3004;
    case EAI_FAMILY: return -3005;
    case EAI_MEMORY: return -3006;
    case EAI_NODATA: return -3007;
    case EAI_NONAME: return -3008;
    case EAI_OVERFLOW: return -3009;
    case EAI_SERVICE: return -3010;
    case EAI_SOCKTYPE: return -3011;
    case EAI_SYSTEM: return errno ? -errno : -3004;
    default: return -3004;
  }
}

struct Lookup {
  loop::WorkRequest work;
  js::Persistent callback;
  // Inputs.
  std::string host;
  int family = AF_UNSPEC;
  int flags = 0;
  uint16_t port = 0;
  // Outputs.
  int err = 0;
  std::vector<std::string> addresses;
  std::string hostname, service;
};

void run_getaddrinfo(Lookup& l) {
  addrinfo hints{};
  hints.ai_family = l.family;
  // One entry per address (not one per socket type), as libuv asks.
  hints.ai_socktype = SOCK_STREAM;
  hints.ai_flags = l.flags;
  addrinfo* res = nullptr;
  int rc = ::getaddrinfo(l.host.c_str(), nullptr, &hints, &res);
  l.err = uv_code_of_eai(rc);
  if (rc != 0) return;
  char text[INET6_ADDRSTRLEN];
  for (addrinfo* ai = res; ai; ai = ai->ai_next) {
    const void* addr = nullptr;
    if (ai->ai_family == AF_INET)
      addr = &reinterpret_cast<sockaddr_in*>(ai->ai_addr)->sin_addr;
    else if (ai->ai_family == AF_INET6)
      addr = &reinterpret_cast<sockaddr_in6*>(ai->ai_addr)->sin6_addr;
    if (addr && ::inet_ntop(ai->ai_family, addr, text, sizeof text)) l.addresses.emplace_back(text);
  }
  ::freeaddrinfo(res);
}

void run_getnameinfo(Lookup& l) {
  sockaddr_storage ss{};
  socklen_t len = 0;
  auto* in4 = reinterpret_cast<sockaddr_in*>(&ss);
  auto* in6 = reinterpret_cast<sockaddr_in6*>(&ss);
  if (::inet_pton(AF_INET, l.host.c_str(), &in4->sin_addr) == 1) {
    in4->sin_family = AF_INET;
    in4->sin_port = htons(l.port);
    len = sizeof *in4;
  } else if (::inet_pton(AF_INET6, l.host.c_str(), &in6->sin6_addr) == 1) {
    in6->sin6_family = AF_INET6;
    in6->sin6_port = htons(l.port);
    len = sizeof *in6;
  } else {
    l.err = -EINVAL;
    return;
  }
  char host[NI_MAXHOST], serv[NI_MAXSERV];
  int rc = ::getnameinfo(reinterpret_cast<sockaddr*>(&ss), len, host, sizeof host, serv, sizeof serv, NI_NAMEREQD);
  l.err = uv_code_of_eai(rc);
  if (rc == 0) {
    l.hostname = host;
    l.service = serv;
  }
}

// Loop thread: hands the outcome to JS and frees the request.
void finish(Lookup* raw, bool name_info) {
  std::unique_ptr<Lookup> l(raw);
  Runtime& rt = Runtime::current();
  JSContextRef ctx = rt.ctx();
  JSValueRef args[3];
  size_t argc;
  args[0] = JSValueMakeNumber(ctx, l->err);
  if (name_info) {
    args[1] = js::make_string(ctx, l->hostname);
    args[2] = js::make_string(ctx, l->service);
    argc = 3;
  } else {
    std::vector<JSValueRef> items;
    items.reserve(l->addresses.size());
    for (const auto& a : l->addresses) items.push_back(js::make_string(ctx, a));
    args[1] = js::make_array(ctx, items.size(), items.data());
    argc = 2;
  }
  js::Persistent cb = std::move(l->callback);
  l.reset();
  rt.make_callback(cb.object(), nullptr, argc, args);
}

void queue(Lookup* l, bool name_info) {
  l->work.work = [l, name_info] {
    if (name_info)
      run_getnameinfo(*l);
    else
      run_getaddrinfo(*l);
  };
  l->work.done = [l, name_info](int status) {
    if (status) l->err = -3003;  // cancelled: UV_EAI_CANCELED
    finish(l, name_info);
  };
  Runtime::current().loop().queue_work(&l->work);
}

JSValueRef get_addr_info(JSContextRef ctx, JSObjectRef, JSObjectRef, size_t argc, const JSValueRef argv[],
                         JSValueRef* exception) {
  js::Args args{ctx, argc, argv};
  if (!args.is_string(0) || !args.is_function(3))
    return js::throw_type_error(ctx, exception, "getaddrinfo(hostname, family, hints, callback)");
  auto l = std::make_unique<Lookup>();
  l->host = args.utf8(0, exception);
  if (*exception) return nullptr;
  int family = args.int32(1);
  l->family = family == 4 ? AF_INET : family == 6 ? AF_INET6 : AF_UNSPEC;
  l->flags = args.int32(2) & (AI_ADDRCONFIG | AI_V4MAPPED | AI_ALL);
  l->callback.reset(ctx, args[3]);
  queue(l.release(), false);
  return JSValueMakeUndefined(ctx);
}

JSValueRef get_name_info(JSContextRef ctx, JSObjectRef, JSObjectRef, size_t argc, const JSValueRef argv[],
                         JSValueRef* exception) {
  js::Args args{ctx, argc, argv};
  if (!args.is_string(0) || !args.is_number(1) || !args.is_function(2))
    return js::throw_type_error(ctx, exception, "getnameinfo(address, port, callback)");
  auto l = std::make_unique<Lookup>();
  l->host = args.utf8(0, exception);
  if (*exception) return nullptr;
  l->port = static_cast<uint16_t>(args.int32(1));
  l->callback.reset(ctx, args[2]);
  queue(l.release(), true);
  return JSValueMakeUndefined(ctx);
}

}  // namespace

JSObjectRef init_dns_binding(JSContextRef ctx, Runtime&) {
  JSObjectRef b = js::make_object(ctx);
  js::set_method(ctx, b, "getaddrinfo", get_addr_info);
  js::set_method(ctx, b, "getnameinfo", get_name_info);
  dns::register_channel_ops(ctx, b);
  return b;
}

}  // namespace jolt
