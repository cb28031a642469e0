// Exceptions in both directions: native failures become JS errors shaped as
// Node shapes them (`code`, and for system errors `errno`, `syscall`, `path`,
// `dest`), and JS exceptions caught by native code can be inspected.
#pragma once

#include <JavaScriptCore/JavaScript.h>

#include <string>
#include <string_view>

namespace jolt::js {

enum class ErrorType { Error, TypeError, RangeError, SyntaxError, ReferenceError };

// new <type>(message), with `code` set when given.
JSObjectRef make_error(JSContextRef ctx, ErrorType type, std::string_view message, const char* code = nullptr);

// Stores the error in *exception and returns undefined, so a native callback
// can `return throw_error(...)`.
JSValueRef throw_error(JSContextRef ctx, JSValueRef* exception, ErrorType type, std::string_view message,
                       const char* code = nullptr);
JSValueRef throw_type_error(JSContextRef ctx, JSValueRef* exception, std::string_view message,
                            const char* code = "ERR_INVALID_ARG_TYPE");

// Node's system error for a failed call: `err` is a positive errno value.
// Message: "ENOENT: no such file or directory, open 'x'" (and " -> 'y'" for
// `dest`); properties errno (negative), code, syscall, path, dest.
JSObjectRef make_system_error(JSContextRef ctx, int err, const char* syscall, const char* path = nullptr,
                              const char* dest = nullptr);
JSValueRef throw_system_error(JSContextRef ctx, JSValueRef* exception, int err, const char* syscall,
                              const char* path = nullptr, const char* dest = nullptr);

// libuv's names and descriptions for errno values (positive), e.g. "ENOENT"
// and "no such file or directory". Unknown values give "UNKNOWN" and
// "unknown error".
const char* errno_name(int err);
const char* errno_description(int err);

// Message of an exception value for diagnostics when JS cannot format it.
std::string describe_exception(JSContextRef ctx, JSValueRef exception);

}  // namespace jolt::js
