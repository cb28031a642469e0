// Parts of internalBinding('stdio') that live in their own files.
#pragma once

#include <JavaScriptCore/JavaScript.h>

#include <cstddef>

namespace jolt {

// Writes everything to fd, waiting out EAGAIN on a non-blocking fd (as
// node's synchronous stdio writes do). Returns 0 or an errno value.
int stdio_write_all(int fd, const char* data, size_t len);

// stdio_reader.cc: reading a pipe, socket or tty fd from the loop.
void register_stdio_reader(JSContextRef ctx, JSObjectRef binding);
// stdio_tty.cc: terminal modes (raw mode) and window-size change signals.
void register_stdio_tty(JSContextRef ctx, JSObjectRef binding);

}  // namespace jolt
