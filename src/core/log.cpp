#include "core/log.h"

#include <atomic>
#include <cstdio>

namespace core {
namespace {
std::atomic<LogLevel> g_level{LogLevel::warning};

const char* prefix(LogLevel level) {
  switch (level) {
    case LogLevel::debug:
      return "debug";
    case LogLevel::info:
      return "info";
    case LogLevel::warning:
      return "warning";
    case LogLevel::error:
      return "error";
    case LogLevel::silent:
      break;
  }
  return "";
}
}  // namespace

void set_log_level(LogLevel level) { g_level = level; }
LogLevel log_level() { return g_level; }

void log(LogLevel level, std::string_view message) {
  if (level < g_level.load() || level == LogLevel::silent) return;
  std::fprintf(stderr, "posturelab: %s: %.*s\n", prefix(level), static_cast<int>(message.size()),
               message.data());
}

}  // namespace core
