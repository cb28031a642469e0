#include "jsc_samples.h"

#include <cstdio>
#include <cstdlib>
#include <vector>

#include "jsc_extra.h"
#include "runtime.h"

namespace jolt {
namespace {

JSGlobalContextRef g_sampled = nullptr;
const char* g_path = nullptr;

void write_samples() {
  if (!g_sampled) return;
  JSContextGroupRef group = JSContextGetGroup(g_sampled);
  JSStringRef json = JSContextGroupTakeSamplesFromSamplingProfiler(group);
  g_sampled = nullptr;
  if (!json) return;
  size_t cap = JSStringGetMaximumUTF8CStringSize(json);
  std::vector<char> buf(cap);
  size_t n = JSStringGetUTF8CString(json, buf.data(), cap);
  JSStringRelease(json);
  if (FILE* f = std::fopen(g_path, "w")) {
    std::fwrite(buf.data(), 1, n > 0 ? n - 1 : 0, f);
    std::fclose(f);
  }
}

}  // namespace

void start_jsc_sampling_if_asked(JSGlobalContextRef ctx) {
  const char* path = std::getenv("JOLT_JSC_SAMPLES");
  if (!path || !*path) return;
  if (!JSContextGroupEnableSamplingProfiler(JSContextGetGroup(ctx))) return;
  g_sampled = ctx;
  g_path = path;
  Runtime::add_exit_hook(write_samples);
}

}  // namespace jolt
