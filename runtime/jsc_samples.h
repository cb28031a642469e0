// Developer aid: JOLT_JSC_SAMPLES=FILE turns on JSC's sampling profiler for
// the main context group and writes its samples (JSON, as JSC gives them) to
// FILE when the process exits through process.exit() or a normal end.
// bench/jsc_samples.py summarises a file into top functions by self samples.
#pragma once

#include <JavaScriptCore/JavaScript.h>

namespace jolt {

void start_jsc_sampling_if_asked(JSGlobalContextRef ctx);

}  // namespace jolt
