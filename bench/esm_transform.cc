// Throughput of the ES module source transform (runtime/esm/transform.h)
// alone, without JSC: for each file given, the source (UTF-8, decoded to
// UTF-16 as JSC holds it) is transformed repeatedly for about BENCH_MS
// milliseconds of this thread's CPU time (the machine may be shared: wall
// time would count other processes). Prints "file<TAB>bytes<TAB>MB/s"; MB
// are source bytes.
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <string>
#include <time.h>

#include "encoding/utf8.h"
#include "esm/transform.h"

// Seconds of CPU time this thread has used.
static double thread_seconds() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) / 1e9;
}

int main(int argc, char** argv) {
  const char* ms_env = std::getenv("BENCH_MS");
  double budget = (ms_env ? std::atof(ms_env) : 500) / 1000.0;
  int status = 0;
  for (int a = 1; a < argc; a++) {
    std::ifstream in(argv[a], std::ios::binary);
    if (!in) {
      std::fprintf(stderr, "cannot read %s\n", argv[a]);
      status = 1;
      continue;
    }
    std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    const auto* data = reinterpret_cast<const uint8_t*>(bytes.data());
    std::u16string source(jolt::encoding::utf8_decoded_length(data, bytes.size()), u'\0');
    source.resize(jolt::encoding::utf8_decode(data, bytes.size(), source.data()));
    size_t runs = 0;
    size_t sink = 0;
    double begin = thread_seconds();
    double spent = 0;
    do {
      jolt::esm::Result r = jolt::esm::transform(source.data(), source.size());
      sink += r.body.size() + r.exports.size();
      runs++;
      spent = thread_seconds() - begin;
    } while (spent < budget);
    double mbps = static_cast<double>(bytes.size()) * static_cast<double>(runs) / spent / 1e6;
    std::printf("%s\t%zu\t%.1f\n", argv[a], bytes.size(), sink > 0 ? mbps : 0.0);
  }
  return status;
}
