#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

#include <nlohmann/json.hpp>

#include "app/settings.h"
#include "core/file_io.h"

namespace fs = std::filesystem;

namespace {
fs::path fresh_dir(const char* name) {
  const fs::path dir = fs::temp_directory_path() / name;
  fs::remove_all(dir);
  fs::create_directories(dir);
  return dir;
}
}  // namespace

TEST_CASE("settings survive a save and a load") {
  const fs::path path = fresh_dir("pl_settings_roundtrip") / "sub" / "settings.json";
  app::Settings settings;
  settings.language = content::Language::de;
  settings.font_scale = 1.75f;
  settings.theme = ui::ThemeKind::high_contrast;
  settings.show_callouts = false;
  settings.muscle_colour = ui::MuscleColour::tension;
  settings.welcome_seen = true;
  REQUIRE(app::save_settings(settings, path).ok());
  const auto loaded = app::load_settings(path);
  CHECK(loaded.notice.empty());
  CHECK(loaded.settings == settings);
}

TEST_CASE("a missing settings file gives the defaults without a notice") {
  const auto loaded = app::load_settings(fresh_dir("pl_settings_missing") / "settings.json");
  CHECK(loaded.notice.empty());
  CHECK(loaded.settings == app::Settings{});
}

TEST_CASE("a broken settings file is kept aside, reported, and the defaults are used") {
  const fs::path dir = fresh_dir("pl_settings_broken");
  const fs::path path = dir / "settings.json";
  std::ofstream(path) << "{\"language\": \"de\", ";  // cut off mid-write by some other program
  const auto loaded = app::load_settings(path);
  CHECK(loaded.settings == app::Settings{});
  INFO(loaded.notice);
  CHECK(loaded.notice.find("not valid JSON at line 1, column 20") != std::string::npos);  // where it ends
  CHECK(fs::exists(dir / "settings.json.broken"));
  auto kept = core::read_file(dir / "settings.json.broken");
  REQUIRE(kept.ok());
  CHECK(*kept == "{\"language\": \"de\", ");
}

TEST_CASE("a settings file nested too deeply is kept aside, never parsed or copied into a save") {
  const fs::path dir = fresh_dir("pl_settings_deep");
  const fs::path path = dir / "settings.json";
  const std::string deep =
      "{\"language\": \"de\", \"x\": " + std::string(100, '[') + std::string(100, ']') + "}";
  std::ofstream(path) << deep;
  const auto loaded = app::load_settings(path);
  INFO(loaded.notice);
  CHECK(loaded.notice.find("nests deeper than 64 levels at line 1, column 88") != std::string::npos);
  CHECK(loaded.settings == app::Settings{});  // not even its valid "language"
  CHECK(*core::read_file(dir / "settings.json.broken") == deep);
  // A save over such a file (put back by hand) writes only what it knows.
  std::ofstream(path) << deep;
  REQUIRE(app::save_settings(app::Settings{}, path).ok());
  const auto saved = nlohmann::json::parse(*core::read_file(path));
  CHECK_FALSE(saved.contains("x"));
  CHECK(saved.at("language") == "en");
}

TEST_CASE("a settings file larger than any settings is kept aside unread") {
  const fs::path dir = fresh_dir("pl_settings_huge");
  const fs::path path = dir / "settings.json";
  const std::string huge = "{\"pad\": \"" + std::string(app::kMaxSettingsBytes + 10, 'a') + "\"}";
  std::ofstream(path) << huge;
  const auto loaded = app::load_settings(path);
  INFO(loaded.notice);
  CHECK(loaded.notice.find("is " + std::to_string(huge.size()) +
                           " bytes, more than a settings file's 1048576") != std::string::npos);
  CHECK(fs::file_size(dir / "settings.json.broken") == huge.size());
  CHECK_FALSE(fs::exists(path));
}

TEST_CASE("bad values in a settings file are named and replaced by their defaults only") {
  const fs::path path = fresh_dir("pl_settings_values") / "settings.json";
  std::ofstream(path)
      << R"({"language": "fr", "font_scale": 40, "theme": "high_contrast", "show_ghost": "yes", "muscle_colour": "blue"})";
  const auto loaded = app::load_settings(path);
  CHECK(loaded.settings.language == content::Language::en);
  CHECK(loaded.settings.font_scale == 1.0f);
  CHECK(loaded.settings.theme == ui::ThemeKind::high_contrast);  // the valid key is kept
  CHECK(loaded.notice.find("\"language\"") != std::string::npos);
  CHECK(loaded.notice.find("\"font_scale\"") != std::string::npos);
  CHECK(loaded.notice.find("\"show_ghost\"") != std::string::npos);
  CHECK(loaded.notice.find("\"muscle_colour\" must be \"natural\", \"strength\" or \"tension\"") !=
        std::string::npos);
  CHECK(loaded.notice.find("\"font_scale\" must be a number from 0.75 to 3") != std::string::npos);
}

TEST_CASE("a second broken settings file does not overwrite the first one kept aside") {
  const fs::path dir = fresh_dir("pl_settings_broken_twice");
  const fs::path path = dir / "settings.json";
  std::ofstream(path) << "first broken";
  (void)app::load_settings(path);
  std::ofstream(path) << "second broken";
  const auto loaded = app::load_settings(path);
  CHECK(loaded.notice.find("settings.json.broken.2") != std::string::npos);
  CHECK(*core::read_file(dir / "settings.json.broken") == "first broken");
  CHECK(*core::read_file(dir / "settings.json.broken.2") == "second broken");
}

TEST_CASE("saving keeps the keys a newer version wrote") {
  const fs::path path = fresh_dir("pl_settings_newer") / "settings.json";
  std::ofstream(path) << R"({"language": "de", "future_feature": {"on": true}, "show_labels": false})";
  auto loaded = app::load_settings(path);
  CHECK(loaded.settings.language == content::Language::de);
  loaded.settings.font_scale = 1.5f;
  REQUIRE(app::save_settings(loaded.settings, path).ok());
  const auto json = nlohmann::json::parse(*core::read_file(path));
  CHECK(json["future_feature"]["on"].get<bool>());
  CHECK_FALSE(json["show_labels"].get<bool>());
  CHECK(json["font_scale"].get<double>() == Approx(1.5));
  CHECK(json["language"].get<std::string>() == "de");
}
