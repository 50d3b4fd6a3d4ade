#include "app/settings.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <string>
#include <utility>

#include <nlohmann/json.hpp>

#include "core/file_io.h"
#include "core/json_depth.h"
#include "core/text_position.h"

namespace app {
namespace fs = std::filesystem;

fs::path default_settings_path() {
  if (const char* xdg = std::getenv("XDG_CONFIG_HOME"); xdg && *xdg)
    return fs::path(xdg) / "posturelab" / "settings.json";
  if (const char* home = std::getenv("HOME"); home && *home)
    return fs::path(home) / ".config" / "posturelab" / "settings.json";
  return fs::path("posturelab-settings.json");
}

namespace {
// The file's names for the theme and muscle-colour choices.
constexpr std::pair<ui::ThemeKind, const char*> kThemeNames[] = {
    {ui::ThemeKind::calm, "calm"}, {ui::ThemeKind::high_contrast, "high_contrast"}};
constexpr std::pair<ui::MuscleColour, const char*> kMuscleColourNames[] = {
    {ui::MuscleColour::natural, "natural"},
    {ui::MuscleColour::strength, "strength"},
    {ui::MuscleColour::tension, "tension"}};

template <class Enum, std::size_t N>
const char* name_of(const std::pair<Enum, const char*> (&names)[N], Enum value) {
  for (const auto& [v, name] : names)
    if (v == value) return name;
  return names[0].second;
}

template <class Enum, std::size_t N>
std::optional<Enum> from_name(const std::pair<Enum, const char*> (&names)[N], const nlohmann::json& value) {
  if (!value.is_string()) return std::nullopt;
  for (const auto& [v, name] : names)
    if (value.get<std::string>() == name) return v;
  return std::nullopt;
}

template <class Enum, std::size_t N>
std::string quoted_names(const std::pair<Enum, const char*> (&names)[N]) {
  std::string text;
  for (std::size_t i = 0; i < N; ++i)
    text += std::string(i == 0 ? "" : i + 1 == N ? " or " : ", ") + "\"" + names[i].second + "\"";
  return text;
}

// Moves a broken file aside so the next save does not destroy what the user may want to repair;
// an earlier broken file is kept too (settings.json.broken, .broken.2, .broken.3 ...).
std::string keep_broken(const fs::path& path, const std::string& why) {
  fs::path aside = path;
  aside += ".broken";
  std::error_code ec;
  for (int n = 2; fs::exists(aside, ec) && n < 1000; ++n) {
    aside = path;
    aside += ".broken." + std::to_string(n);
  }
  fs::rename(path, aside, ec);
  return "settings file " + path.string() + " " + why + "; using defaults" +
         (ec ? std::string() : " (the old file is kept as " + aside.string() + ")");
}
}  // namespace

void remember_recent(std::vector<std::string>& recent, const std::string& path) {
  recent.erase(std::remove(recent.begin(), recent.end(), path), recent.end());
  recent.insert(recent.begin(), path);
  if (recent.size() > kMaxRecentFiles) recent.resize(kMaxRecentFiles);
}

LoadedSettings load_settings(const fs::path& path) {
  LoadedSettings loaded;
  std::error_code ec;
  if (!fs::exists(path, ec)) return loaded;
  if (const auto size = fs::file_size(path, ec);
      !ec && fs::is_regular_file(path, ec) && size > kMaxSettingsBytes) {
    loaded.notice = keep_broken(path, "is " + std::to_string(size) + " bytes, more than a settings file's " +
                                          std::to_string(kMaxSettingsBytes));
    return loaded;
  }
  auto text = core::read_file(path, kMaxSettingsBytes);
  if (!text) {
    loaded.notice = text.error().message + "; using default settings";
    return loaded;
  }
  if (const auto deep = core::json_too_deep_at(*text)) {
    loaded.notice = keep_broken(path, "nests deeper than " + std::to_string(core::kMaxJsonDepth) +
                                          " levels at " + core::describe_position(*text, *deep));
    return loaded;
  }
  nlohmann::json json;
  try {
    json = nlohmann::json::parse(*text);
  } catch (const nlohmann::json::parse_error& e) {
    loaded.notice = keep_broken(
        path, "is not valid JSON at " + core::describe_position(*text, e.byte > 0 ? e.byte - 1 : 0));
    return loaded;
  }
  if (!json.is_object()) {
    loaded.notice = keep_broken(path, "is not a JSON object");
    return loaded;
  }
  Settings& s = loaded.settings;
  std::string problems;
  auto problem = [&](const std::string& what) { problems += (problems.empty() ? "" : "; ") + what; };

  if (auto it = json.find("language"); it != json.end()) {
    auto language = it->is_string() ? content::language_from_code(it->get<std::string>()) : std::nullopt;
    if (language)
      s.language = *language;
    else
      problem("\"language\" must be \"en\" or \"de\"");
  }
  if (auto it = json.find("font_scale"); it != json.end()) {
    const bool valid =
        it->is_number() && it->get<double>() >= ui::kMinFontScale && it->get<double>() <= ui::kMaxFontScale;
    if (valid) {
      s.font_scale = it->get<float>();
    } else {
      char message[120];
      std::snprintf(message, sizeof message, "\"font_scale\" must be a number from %g to %g",
                    static_cast<double>(ui::kMinFontScale), static_cast<double>(ui::kMaxFontScale));
      problem(message);
    }
  }
  if (auto it = json.find("theme"); it != json.end()) {
    if (auto theme = from_name(kThemeNames, *it))
      s.theme = *theme;
    else
      problem("\"theme\" must be " + quoted_names(kThemeNames));
  }
  if (auto it = json.find("muscle_colour"); it != json.end()) {
    if (auto colour = from_name(kMuscleColourNames, *it))
      s.muscle_colour = *colour;
    else
      problem("\"muscle_colour\" must be " + quoted_names(kMuscleColourNames));
  }
  // Files from earlier versions may still carry "show_panels" and "show_labels", which did nothing;
  // like any key this version does not know, they are left alone.
  const std::pair<const char*, bool Settings::*> flags[] = {{"show_callouts", &Settings::show_callouts},
                                                            {"show_ghost", &Settings::show_ghost},
                                                            {"show_angles", &Settings::show_angles},
                                                            {"show_pulls", &Settings::show_pulls},
                                                            {"welcome_seen", &Settings::welcome_seen}};
  for (const auto& [key, field] : flags) {
    auto it = json.find(key);
    if (it == json.end()) continue;
    if (it->is_boolean())
      s.*field = it->get<bool>();
    else
      problem(std::string("\"") + key + "\" must be true or false");
  }
  if (auto it = json.find("recent_files"); it != json.end()) {
    constexpr std::size_t kMaxPathBytes = 4096;
    const bool valid = it->is_array() && std::all_of(it->begin(), it->end(), [](const nlohmann::json& p) {
                         return p.is_string() && !p.get_ref<const std::string&>().empty() &&
                                p.get_ref<const std::string&>().size() <= kMaxPathBytes;
                       });
    if (valid) {
      for (auto p = it->rbegin(); p != it->rend(); ++p)
        remember_recent(s.recent_files, p->get<std::string>());
    } else {
      problem("\"recent_files\" must be a list of file paths");
    }
  }
  if (!problems.empty())
    loaded.notice = "settings file " + path.string() + ": " + problems + " (default used)";
  return loaded;
}

core::Status save_settings(const Settings& s, const fs::path& path) {
  // Keys this version does not know (written by a newer one) are kept as they were.
  nlohmann::json json = nlohmann::json::object();
  // A file that load_settings would keep aside is not copied: pretty-printing thousands of nested
  // levels once took gigabytes for a 200 kB file.
  if (auto old = core::read_file(path, kMaxSettingsBytes); old && !core::json_too_deep_at(*old)) {
    auto parsed = nlohmann::json::parse(*old, nullptr, false);
    if (!parsed.is_discarded() && parsed.is_object()) json = std::move(parsed);
  }
  const nlohmann::json known = {
      {"language", std::string(content::language_code(s.language))},
      {"font_scale", s.font_scale},
      {"theme", name_of(kThemeNames, s.theme)},
      {"muscle_colour", name_of(kMuscleColourNames, s.muscle_colour)},
      {"show_callouts", s.show_callouts},
      {"show_ghost", s.show_ghost},
      {"show_angles", s.show_angles},
      {"show_pulls", s.show_pulls},
      {"welcome_seen", s.welcome_seen},
      {"recent_files", s.recent_files},
  };
  for (const auto& [key, value] : known.items()) json[key] = value;
  std::error_code ec;
  fs::create_directories(path.parent_path(), ec);
  if (ec) return core::make_error("cannot create " + path.parent_path().string() + ": " + ec.message());
  return core::write_file_atomically(path, json.dump(2) + "\n");
}

}  // namespace app
