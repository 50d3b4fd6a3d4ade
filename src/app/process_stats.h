#pragma once
// What the operating system knows about this process, for the bench: its peak memory and how long
// ago it started (before main: the loader and the shared libraries count too).
#include <optional>

namespace app {

// The largest resident set this process has had, in MiB (getrusage's ru_maxrss).
double peak_rss_mib();

// The resident set now, in MiB (/proc/self/statm), or nothing where /proc cannot say.
std::optional<double> current_rss_mib();

// Milliseconds since the kernel started this process, to the kernel's clock tick (10 ms on Linux,
// so up to that much too long), or nothing where /proc cannot say.
std::optional<double> ms_since_process_start();

}  // namespace app
