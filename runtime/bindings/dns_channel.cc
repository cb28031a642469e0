// c-ares channels on Jolt's loop, for dns.resolve*() and dns.Resolver.
//
// c-ares tells us which sockets it wants watched (the socket-state
// callback); each gets an IoWatcher, and one Timer fires at c-ares's next
// timeout. Both are unreferenced: what keeps the loop alive is each query in
// flight, counted as a loop request until its JS callback has run.
// c-ares completes queries inside its own calls; completions are queued and
// handed to JS after c-ares returns (at once when the loop drove it, in the
// next pending phase when JS did, e.g. cancel()), so JS never re-enters a
// channel that c-ares is in the middle of.
//
// Answers go to JS as the raw DNS message (a Uint8Array), which JS decodes
// per record type; reverse lookups (ares_gethostbyaddr) as a list of names.
//
// JS holds channels by number:
//   channelNew(timeoutMs, tries) -> id (throws if c-ares cannot load)
//   channelQuery(id, type, name, callback(status, Uint8Array))
//   channelReverse(id, address, callback(status, names[]))
//   channelCancel(id)
//   channelGetServers(id) -> [address, port, address, port, ...]
//   channelSetServers(id, [family, address, port, ...]) -> ares status
//   channelSetLocalAddress(id, ipv4 or '', ipv6 or '')
#include "dns_channel.h"

#include <arpa/inet.h>
#include <netdb.h>

#include <cmath>
#include <map>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "../runtime.h"
#include "buffer.h"
#include "cares/libcares.h"
#include "exception.h"
#include "js_string.h"
#include "value.h"

namespace jolt::dns {

namespace {

struct Channel;

struct Query {
  Channel* channel = nullptr;
  js::Persistent callback;
  bool reverse = false;
  int status = ARES_SUCCESS;
  std::vector<uint8_t> answer;      // the reply of a query
  std::vector<std::string> names;   // the names of a reverse lookup
};

struct Channel {
  const cares::LibCares* lib = nullptr;
  ares_channel ch = nullptr;
  std::unordered_map<int, std::unique_ptr<loop::IoWatcher>> sockets;
  std::unique_ptr<loop::Timer> timer;
  std::vector<Query*> done;
  bool drain_deferred = false;
};

// Never destroyed: a Resolver has no close(), and channels still open at
// exit must not be torn down after the loop they use.
std::map<int, std::unique_ptr<Channel>>& channels() {
  static auto* all = new std::map<int, std::unique_ptr<Channel>>();
  return *all;
}
int next_id = 1;

Channel* find(JSContextRef ctx, JSValueRef v) {
  if (!JSValueIsNumber(ctx, v)) return nullptr;
  double d = JSValueToNumber(ctx, v, nullptr);
  if (!std::isfinite(d)) return nullptr;
  auto it = channels().find(static_cast<int>(d));
  return it == channels().end() ? nullptr : it->second.get();
}

// Runs the JS callbacks of completed queries.
void drain(Channel* c) {
  Runtime& rt = Runtime::current();
  JSContextRef ctx = rt.ctx();
  while (!c->done.empty()) {
    std::vector<Query*> batch;
    batch.swap(c->done);
    for (Query* raw : batch) {
      std::unique_ptr<Query> q(raw);
      JSValueRef args[2];
      args[0] = JSValueMakeNumber(ctx, q->status);
      if (q->reverse) {
        std::vector<JSValueRef> items;
        for (const auto& n : q->names) items.push_back(js::make_string(ctx, n));
        args[1] = js::make_array(ctx, items.size(), items.data());
      } else {
        args[1] = js::make_uint8array_copy(ctx, q->answer.data(), q->answer.size());
      }
      js::Persistent cb = std::move(q->callback);
      q.reset();
      rt.loop().request_finished();
      rt.make_callback(cb.object(), nullptr, 2, args);
    }
  }
}

// Re-arms the timer for c-ares's next deadline.
void update_timer(Channel* c) {
  timeval tv;
  timeval* next = c->lib->timeout(c->ch, nullptr, &tv);
  if (next == nullptr) {
    c->timer->stop();
    return;
  }
  uint64_t ms = static_cast<uint64_t>(next->tv_sec) * 1000 + static_cast<uint64_t>(next->tv_usec + 999) / 1000;
  c->timer->start(ms);
}

// After c-ares was entered from JS: callbacks wait for the pending phase.
void after_js_call(Channel* c) {
  update_timer(c);
  if (c->done.empty() || c->drain_deferred) return;
  c->drain_deferred = true;
  Runtime::current().loop().defer([c] {
    c->drain_deferred = false;
    drain(c);
  });
}

// After c-ares was entered from the loop: callbacks run now.
void after_loop_call(Channel* c) {
  update_timer(c);
  drain(c);
}

void on_socket_state(void* data, ares_socket_t fd, int readable, int writable) {
  auto* c = static_cast<Channel*>(data);
  auto it = c->sockets.find(fd);
  if (!readable && !writable) {
    // c-ares is about to close the socket: stop watching it first.
    if (it != c->sockets.end()) {
      loop::IoWatcher* io = it->second.release();
      c->sockets.erase(it);
      io->close([io] { delete io; });
    }
    return;
  }
  if (it == c->sockets.end()) {
    auto io = std::make_unique<loop::IoWatcher>(Runtime::current().loop(), fd, [c](loop::IoWatcher& w, int ev) {
      int s = w.fd();
      bool in = ev & (loop::IoWatcher::Readable | loop::IoWatcher::Error | loop::IoWatcher::Disconnect);
      bool out = ev & loop::IoWatcher::Writable;
      c->lib->process_fd(c->ch, in ? s : ARES_SOCKET_BAD, out ? s : ARES_SOCKET_BAD);
      after_loop_call(c);
    });
    io->unref();
    it = c->sockets.emplace(fd, std::move(io)).first;
  }
  it->second->start((readable ? loop::IoWatcher::Readable : 0) | (writable ? loop::IoWatcher::Writable : 0));
}

void on_query(void* arg, int status, int, unsigned char* abuf, int alen) {
  auto* q = static_cast<Query*>(arg);
  q->status = status;
  if (status == ARES_SUCCESS && abuf && alen > 0) q->answer.assign(abuf, abuf + alen);
  q->channel->done.push_back(q);
}

void on_host(void* arg, int status, int, hostent* host) {
  auto* q = static_cast<Query*>(arg);
  q->status = status;
  if (status == ARES_SUCCESS && host) {
    // From DNS, c-ares 1.x lists every PTR name among the aliases (and the
    // last one again as h_name); from the hosts file, only h_name. Node
    // gives the PTR names in answer order.
    for (char** a = host->h_aliases; a && *a; ++a) q->names.emplace_back(*a);
    if (q->names.empty() && host->h_name) q->names.emplace_back(host->h_name);
  }
  q->channel->done.push_back(q);
}

#define DNS_FN(name)                                                                                    \
  JSValueRef name(JSContextRef ctx, JSObjectRef, JSObjectRef, size_t argc, const JSValueRef argv[], \
                  JSValueRef* exception)

DNS_FN(channel_new) {
  js::Args args{ctx, argc, argv};
  std::string error;
  const cares::LibCares* lib = cares::libcares(&error);
  if (lib == nullptr) return js::throw_error(ctx, exception, js::ErrorType::Error, error);
  auto c = std::make_unique<Channel>();
  c->lib = lib;
  ares_options opts{};
  // SERVFAIL, NOTIMP and REFUSED answers reach the callback as such
  // (ESERVFAIL...), as node reports them, instead of counting as a dead
  // server (which c-ares 1.x turns into ECONNREFUSED).
  int mask = ARES_OPT_SOCK_STATE_CB | ARES_OPT_FLAGS;
  opts.flags = ARES_FLAG_NOCHECKRESP;
  opts.sock_state_cb = on_socket_state;
  opts.sock_state_cb_data = c.get();
  int timeout = args.int32(0);
  if (timeout >= 0) {
    opts.timeout = timeout;
    mask |= ARES_OPT_TIMEOUTMS;
  }
  int tries = args.int32(1);
  if (tries > 0) {
    opts.tries = tries;
    mask |= ARES_OPT_TRIES;
  }
  int rc = lib->init_options(&c->ch, &opts, mask);
  if (rc != ARES_SUCCESS) return js::throw_error(ctx, exception, js::ErrorType::Error, "c-ares channel init failed");
  Channel* raw = c.get();
  c->timer = std::make_unique<loop::Timer>(Runtime::current().loop(), [raw](loop::Timer&) {
    raw->lib->process_fd(raw->ch, ARES_SOCKET_BAD, ARES_SOCKET_BAD);
    after_loop_call(raw);
  });
  c->timer->unref();
  int id = next_id++;
  channels()[id] = std::move(c);
  return JSValueMakeNumber(ctx, id);
}

Query* start_query(JSContextRef ctx, Channel* c, JSValueRef callback) {
  auto* q = new Query;
  q->channel = c;
  q->callback.reset(ctx, callback);
  Runtime::current().loop().request_started();
  return q;
}

DNS_FN(channel_query) {
  js::Args args{ctx, argc, argv};
  Channel* c = find(ctx, args[0]);
  if (!c || !args.is_number(1) || !args.is_string(2) || !args.is_function(3))
    return js::throw_type_error(ctx, exception, "channelQuery(id, type, name, callback)");
  std::string name = args.utf8(2, exception);
  if (*exception) return nullptr;
  Query* q = start_query(ctx, c, args[3]);
  c->lib->query(c->ch, name.c_str(), 1 /* C_IN */, args.int32(1), on_query, q);
  after_js_call(c);
  return JSValueMakeUndefined(ctx);
}

DNS_FN(channel_reverse) {
  js::Args args{ctx, argc, argv};
  Channel* c = find(ctx, args[0]);
  if (!c || !args.is_string(1) || !args.is_function(2))
    return js::throw_type_error(ctx, exception, "channelReverse(id, address, callback)");
  std::string ip = args.utf8(1, exception);
  if (*exception) return nullptr;
  unsigned char addr[16];
  int family = AF_INET;
  int len = 4;
  if (::inet_pton(AF_INET, ip.c_str(), addr) != 1) {
    family = AF_INET6;
    len = 16;
    if (::inet_pton(AF_INET6, ip.c_str(), addr) != 1)
      return js::throw_error(ctx, exception, js::ErrorType::Error, "invalid address", "EINVAL");
  }
  Query* q = start_query(ctx, c, args[2]);
  q->reverse = true;
  c->lib->gethostbyaddr(c->ch, addr, len, family, on_host, q);
  after_js_call(c);
  return JSValueMakeUndefined(ctx);
}

DNS_FN(channel_cancel) {
  if (Channel* c = find(ctx, argc > 0 ? argv[0] : JSValueMakeUndefined(ctx))) {
    c->lib->cancel(c->ch);
    after_js_call(c);
  }
  return JSValueMakeUndefined(ctx);
}

DNS_FN(channel_get_servers) {
  js::Args args{ctx, argc, argv};
  Channel* c = find(ctx, args[0]);
  std::vector<JSValueRef> items;
  ares_addr_port_node* list = nullptr;
  if (c && c->lib->get_servers_ports(c->ch, &list) == ARES_SUCCESS) {
    char text[INET6_ADDRSTRLEN];
    for (ares_addr_port_node* n = list; n; n = n->next) {
      if (!::inet_ntop(n->family, &n->addr, text, sizeof text)) continue;
      items.push_back(js::make_string(ctx, text));
      items.push_back(JSValueMakeNumber(ctx, n->udp_port));
    }
    c->lib->free_data(list);
  }
  return js::make_array(ctx, items.size(), items.data());
}

DNS_FN(channel_set_servers) {
  js::Args args{ctx, argc, argv};
  Channel* c = find(ctx, args[0]);
  if (!c || !args.is_object(1)) return js::throw_type_error(ctx, exception, "channelSetServers(id, list)");
  JSObjectRef list = args.object(1);
  size_t n = static_cast<size_t>(JSValueToNumber(ctx, js::get(ctx, list, "length"), nullptr));
  if (n % 3 != 0 || n > 3 * 1024) return js::throw_type_error(ctx, exception, "bad server list");
  std::vector<ares_addr_port_node> nodes(n / 3);
  for (size_t i = 0; i < nodes.size(); ++i) {
    ares_addr_port_node& node = nodes[i];
    node = {};
    int family = static_cast<int>(JSValueToNumber(ctx, JSObjectGetPropertyAtIndex(ctx, list, 3 * i, nullptr), nullptr));
    std::string ip = js::to_utf8(ctx, JSObjectGetPropertyAtIndex(ctx, list, 3 * i + 1, nullptr));
    double port = JSValueToNumber(ctx, JSObjectGetPropertyAtIndex(ctx, list, 3 * i + 2, nullptr), nullptr);
    node.family = family == 6 ? AF_INET6 : AF_INET;
    if (::inet_pton(node.family, ip.c_str(), &node.addr) != 1) return JSValueMakeNumber(ctx, ARES_EBADSTR);
    node.udp_port = node.tcp_port = (port >= 0 && port <= 65535) ? static_cast<int>(port) : 53;
    node.next = i + 1 < nodes.size() ? &nodes[i + 1] : nullptr;
  }
  int rc = c->lib->set_servers_ports(c->ch, nodes.empty() ? nullptr : nodes.data());
  return JSValueMakeNumber(ctx, rc);
}

DNS_FN(channel_set_local_address) {
  js::Args args{ctx, argc, argv};
  Channel* c = find(ctx, args[0]);
  if (!c) return JSValueMakeUndefined(ctx);
  std::string v4 = args.utf8(1, exception), v6 = args.utf8(2, exception);
  if (*exception) return nullptr;
  in_addr a4{};
  if (!v4.empty() && ::inet_pton(AF_INET, v4.c_str(), &a4) == 1) c->lib->set_local_ip4(c->ch, ntohl(a4.s_addr));
  unsigned char a6[16];
  if (!v6.empty() && ::inet_pton(AF_INET6, v6.c_str(), a6) == 1) c->lib->set_local_ip6(c->ch, a6);
  return JSValueMakeUndefined(ctx);
}

}  // namespace

void register_channel_ops(JSContextRef ctx, JSObjectRef b) {
  js::set_method(ctx, b, "channelNew", channel_new);
  js::set_method(ctx, b, "channelQuery", channel_query);
  js::set_method(ctx, b, "channelReverse", channel_reverse);
  js::set_method(ctx, b, "channelCancel", channel_cancel);
  js::set_method(ctx, b, "channelGetServers", channel_get_servers);
  js::set_method(ctx, b, "channelSetServers", channel_set_servers);
  js::set_method(ctx, b, "channelSetLocalAddress", channel_set_local_address);
}

}  // namespace jolt::dns
