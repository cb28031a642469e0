// The versions Jolt reports. Jolt implements the API of Node 24 LTS;
// process.version names that release so version checks in npm packages pass.
#pragma once

namespace jolt {
inline constexpr const char kNodeVersion[] = "v24.12.0";
inline constexpr const char kJoltVersion[] = "0.1.0";
// Node 24's ABI version (process.versions.modules).
inline constexpr const char kNodeModulesAbi[] = "137";
}  // namespace jolt
