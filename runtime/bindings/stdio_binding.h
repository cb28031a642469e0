// Parts of internalBinding('stdio') that live in their own files.
#pragma once

#include <JavaScriptCore/JavaScript.h>

namespace jolt {

// stdio_reader.cc: reading a pipe, socket or tty fd from the loop.
void register_stdio_reader(JSContextRef ctx, JSObjectRef binding);
// stdio_tty.cc: terminal modes (raw mode) and window-size change signals.
void register_stdio_tty(JSContextRef ctx, JSObjectRef binding);

}  // namespace jolt
