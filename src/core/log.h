#pragma once
// Minimal leveled logging to stderr. The UI shows errors itself; this is for the terminal.
#include <string_view>

namespace core {

enum class LogLevel { debug, info, warning, error, silent };

void set_log_level(LogLevel level);
LogLevel log_level();
void log(LogLevel level, std::string_view message);

inline void log_debug(std::string_view m) { log(LogLevel::debug, m); }
inline void log_info(std::string_view m) { log(LogLevel::info, m); }
inline void log_warning(std::string_view m) { log(LogLevel::warning, m); }
inline void log_error(std::string_view m) { log(LogLevel::error, m); }

}  // namespace core
