#include "app/process_stats.h"

#include <sys/resource.h>
#include <time.h>
#include <unistd.h>

#include <fstream>
#include <sstream>
#include <string>

namespace app {

double peak_rss_mib() {
  rusage usage{};
  if (getrusage(RUSAGE_SELF, &usage) != 0) return 0.0;
  return static_cast<double>(usage.ru_maxrss) / 1024.0;  // Linux gives KiB
}

std::optional<double> current_rss_mib() {
  std::ifstream file("/proc/self/statm");
  unsigned long long size_pages = 0, resident_pages = 0;
  if (!(file >> size_pages >> resident_pages)) return std::nullopt;
  const long page_bytes = sysconf(_SC_PAGESIZE);
  if (page_bytes <= 0) return std::nullopt;
  return static_cast<double>(resident_pages) * static_cast<double>(page_bytes) / (1024.0 * 1024.0);
}

std::optional<double> ms_since_process_start() {
  std::ifstream file("/proc/self/stat");
  std::string stat;
  if (!std::getline(file, stat)) return std::nullopt;
  // Field 2 is the command in parentheses and may hold spaces: count the fields after its ')'.
  const auto close = stat.rfind(')');
  if (close == std::string::npos) return std::nullopt;
  std::istringstream fields(stat.substr(close + 1));
  std::string field;
  // Fields 3 (state) to 21, then field 22: starttime, in clock ticks after boot.
  for (int i = 3; i < 22; ++i) fields >> field;
  unsigned long long start_ticks = 0;
  if (!(fields >> start_ticks)) return std::nullopt;
  const long ticks_per_s = sysconf(_SC_CLK_TCK);
  timespec now{};
  if (ticks_per_s <= 0 || clock_gettime(CLOCK_BOOTTIME, &now) != 0) return std::nullopt;
  const double now_ms = static_cast<double>(now.tv_sec) * 1e3 + static_cast<double>(now.tv_nsec) * 1e-6;
  const double start_ms = static_cast<double>(start_ticks) * 1e3 / static_cast<double>(ticks_per_s);
  if (start_ms > now_ms) return std::nullopt;
  return now_ms - start_ms;
}

}  // namespace app
