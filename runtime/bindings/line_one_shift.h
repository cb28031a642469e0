// Columns at the start of line 1 of a compiled file that belong to text Jolt
// put in front of the user's source (the CommonJS wrapper head, the ES module
// prologue). JSC's C API takes a starting line but no starting column, so a
// stack frame on line 1 reports columns shifted by that much; the stack
// formatter (internal/errors_stack.js) takes the shift back through
// contextify's lineOneShift(filename).
#pragma once

#include <string>
#include <unordered_map>

namespace jolt {

// filename -> shift; never destroyed (read until the process ends).
inline std::unordered_map<std::string, int>& line_one_shifts() {
  static auto* shifts = new std::unordered_map<std::string, int>();
  return *shifts;
}

}  // namespace jolt
