// c-ares channels for dns.resolve*() and dns.Resolver (see dns_channel.cc).
#pragma once

#include <JavaScriptCore/JavaScript.h>

namespace jolt::dns {

// Adds the channel functions to internalBinding('dns').
void register_channel_ops(JSContextRef ctx, JSObjectRef binding);

}  // namespace jolt::dns
