#pragma once
// What PostureLab remembers between runs: language, text size, theme, muscle colour, the view
// toggles and the recent scenario files. Stored as JSON in
// $XDG_CONFIG_HOME/posturelab/settings.json (or ~/.config/...), written atomically. A broken file is
// never overwritten silently: it is kept as settings.json.broken and the defaults are used.
#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include "content/language.h"
#include "core/result.h"
#include "ui/theme.h"
#include "ui/ui_snapshot.h"

namespace app {

struct Settings {
  content::Language language = content::Language::en;
  float font_scale = 1.0f;
  ui::ThemeKind theme = ui::ThemeKind::calm;
  bool show_callouts = true;
  bool show_ghost = false;
  bool show_angles = true;  // the angle lines and numbers on the anatomy
  bool show_pulls = true;   // the muscles' pull on the pelvis as arrows
  // The welcome that points a first-time user at the slider, the tour and Help has been read (or
  // made unnecessary by moving a slider or starting the tour or the quiz).
  bool welcome_seen = false;
  ui::MuscleColour muscle_colour = ui::MuscleColour::strength;
  // Scenario files opened or saved, newest first (File › Recent files).
  std::vector<std::string> recent_files;
  bool operator==(const Settings&) const = default;
};
inline constexpr std::size_t kMaxRecentFiles = 8;
// `path` first in the list, once, the list at most kMaxRecentFiles long.
void remember_recent(std::vector<std::string>& recent, const std::string& path);

std::filesystem::path default_settings_path();
// A settings file is a few hundred bytes; a larger one (or one nesting deeper than core::kMaxJsonDepth)
// is kept aside as broken rather than parsed, and never copied into the next save.
inline constexpr std::uintmax_t kMaxSettingsBytes = std::uintmax_t{1} << 20;

struct LoadedSettings {
  Settings settings;
  std::string notice;  // what went wrong with the file, empty when it loaded or did not exist
};

// Never fails: a missing file gives the defaults, a broken one the defaults and a notice. Values out
// of range (e.g. font scale 40) are reported in the notice and replaced by the default for that key.
LoadedSettings load_settings(const std::filesystem::path& path);
core::Status save_settings(const Settings& settings, const std::filesystem::path& path);

}  // namespace app
