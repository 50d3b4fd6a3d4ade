#include "app/settings.h"

#include <cstdlib>

#include <nlohmann/json.hpp>

#include "core/file_io.h"

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
// Moves a broken file aside so the next save does not destroy what the user may want to repair.
std::string keep_broken(const fs::path& path, const std::string& why) {
  fs::path aside = path;
  aside += ".broken";
  std::error_code ec;
  fs::rename(path, aside, ec);
  return "settings file " + path.string() + " " + why + "; using defaults" +
         (ec ? std::string() : " (the old file is kept as " + aside.string() + ")");
}
}  // namespace

LoadedSettings load_settings(const fs::path& path) {
  LoadedSettings loaded;
  std::error_code ec;
  if (!fs::exists(path, ec)) return loaded;
  auto text = core::read_file(path);
  if (!text) {
    loaded.notice = text.error().message + "; using default settings";
    return loaded;
  }
  const auto json = nlohmann::json::parse(*text, nullptr, false);
  if (json.is_discarded() || !json.is_object()) {
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
    if (valid)
      s.font_scale = it->get<float>();
    else
      problem("\"font_scale\" must be a number from 0.75 to 3");
  }
  if (auto it = json.find("theme"); it != json.end()) {
    const std::string theme = it->is_string() ? it->get<std::string>() : "";
    if (theme == "calm")
      s.theme = ui::ThemeKind::calm;
    else if (theme == "high_contrast")
      s.theme = ui::ThemeKind::high_contrast;
    else
      problem("\"theme\" must be \"calm\" or \"high_contrast\"");
  }
  const std::pair<const char*, bool Settings::*> flags[] = {{"show_panels", &Settings::show_panels},
                                                            {"show_callouts", &Settings::show_callouts},
                                                            {"show_labels", &Settings::show_labels},
                                                            {"show_ghost", &Settings::show_ghost}};
  for (const auto& [key, field] : flags) {
    auto it = json.find(key);
    if (it == json.end()) continue;
    if (it->is_boolean())
      s.*field = it->get<bool>();
    else
      problem(std::string("\"") + key + "\" must be true or false");
  }
  if (!problems.empty())
    loaded.notice = "settings file " + path.string() + ": " + problems + " (default used)";
  return loaded;
}

core::Status save_settings(const Settings& s, const fs::path& path) {
  nlohmann::json json = {
      {"language", std::string(content::language_code(s.language))},
      {"font_scale", s.font_scale},
      {"theme", s.theme == ui::ThemeKind::calm ? "calm" : "high_contrast"},
      {"show_panels", s.show_panels},
      {"show_callouts", s.show_callouts},
      {"show_labels", s.show_labels},
      {"show_ghost", s.show_ghost},
  };
  std::error_code ec;
  fs::create_directories(path.parent_path(), ec);
  if (ec) return core::make_error("cannot create " + path.parent_path().string() + ": " + ec.message());
  return core::write_file_atomically(path, json.dump(2) + "\n");
}

}  // namespace app
