// Reads scenario files strictly (scenario.h): every value is type- and range-checked before
// anything is used, and the first problem comes back with the file, the key path and its line.
#include <cstdio>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "app/scenario.h"
#include "biomech/input_fields.h"
#include "core/json_depth.h"
#include "core/text_position.h"

namespace app {
namespace {
using Json = nlohmann::json;
using core::make_error;

// Re-reads a text nlohmann discarded, for the byte where its syntax breaks.
class SyntaxError : public Json::json_sax_t {
 public:
  std::size_t byte = 0;
  std::string what;
  bool null() override { return true; }
  bool boolean(bool) override { return true; }
  bool number_integer(number_integer_t) override { return true; }
  bool number_unsigned(number_unsigned_t) override { return true; }
  bool number_float(number_float_t, const string_t&) override { return true; }
  bool string(string_t&) override { return true; }
  bool binary(binary_t&) override { return true; }
  bool start_object(std::size_t) override { return true; }
  bool key(string_t&) override { return true; }
  bool end_object() override { return true; }
  bool start_array(std::size_t) override { return true; }
  bool end_array() override { return true; }
  bool parse_error(std::size_t position, const std::string&, const nlohmann::detail::exception&) override {
    byte = position;
    return false;
  }
};

std::string number_text(double value) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%g", value);
  return buffer;
}

using Path = std::vector<std::string>;

Path child(const Path& path, const std::string& key) {
  Path longer = path;
  longer.push_back(key);
  return longer;
}

std::string dotted(const Path& path) {
  std::string text;
  for (const auto& key : path) text += (text.empty() ? "" : ".") + core::shortened(key);
  return text;
}

// One file being read: where problems are, and the warnings gathered on the way.
class Reader {
 public:
  Reader(std::string_view text, const std::string& where) : text_(text), where_(where) {}

  // "scenario F (line 4, column 5): <what>"; the position is the key's, when the file has it.
  core::Error error(const Path& path, const std::string& what) const { return make_error(at(path) + what); }
  void warn_unknown(const Path& path) {
    warnings_.push_back(at(path) + "unknown key \"" + dotted(path) +
                        "\" ignored (written by a newer PostureLab?)");
  }
  std::vector<std::string> take_warnings() { return std::move(warnings_); }

 private:
  std::string at(const Path& path) const {
    std::vector<std::string_view> keys(path.begin(), path.end());
    const std::string position =
        keys.empty() ? "" : core::describe_json_path(text_, keys.data(), keys.size());
    return where_ + (position.empty() ? "" : " (" + position + ")") + ": ";
  }
  std::string_view text_;
  std::string where_;
  std::vector<std::string> warnings_;
};

std::string quoted(const Path& path) { return "\"" + dotted(path) + "\""; }

// The inputs of an object with the keys of `report --json` onto `inputs`. The older form of the
// file refuses unknown keys, as it always did; the versioned form reports them.
core::Status read_inputs(Reader& reader, const Json& object, const Path& path, biomech::Inputs& inputs,
                         bool unknown_is_error) {
  for (const auto& [key, value] : object.items()) {
    const Path here = child(path, key);
    if (const biomech::InputField* field = biomech::find_input_by_key(key)) {
      if (!value.is_number()) return reader.error(here, quoted(here) + " must be a number");
      const double number = value.get<double>();
      if (auto status = biomech::check_input(*field, number); !status)
        return reader.error(here, status.error().message);
      inputs.*field->member = number;
    } else if (key == "activity" || key == "mode") {
      if (!value.is_string()) return reader.error(here, quoted(here) + " must be a string");
      const auto& name = value.get_ref<const std::string&>();
      if (key == "activity") {
        auto activity = biomech::activity_from_name(name);
        if (!activity)
          return reader.error(here, quoted(here) + ": unknown activity \"" + core::shortened(name) + "\"");
        inputs.activity = *activity;
      } else {
        auto mode = biomech::calibration_from_name(name);
        if (!mode) return reader.error(here, quoted(here) + " must be \"article\" or \"evidence\"");
        inputs.calibration = *mode;
      }
    } else if (unknown_is_error) {
      return reader.error(here, "unknown key \"" + core::shortened(key) + "\"");
    } else {
      reader.warn_unknown(here);
    }
  }
  if (auto status = biomech::validate(inputs); !status)
    return reader.error(path, (path.empty() ? "" : quoted(path) + ": ") + status.error().message);
  return {};
}

core::Status read_string(Reader& reader, const Json& value, const Path& path, std::size_t max_bytes,
                         std::string& out) {
  if (!value.is_string()) return reader.error(path, quoted(path) + " must be a string");
  const auto& text = value.get_ref<const std::string&>();
  if (text.size() > max_bytes)
    return reader.error(path, quoted(path) + " is " + std::to_string(text.size()) +
                                  " bytes, longer than the " + std::to_string(max_bytes) + " allowed");
  out = text;
  return {};
}

core::Status read_number(Reader& reader, const Json& value, const Path& path, double min, double max,
                         float& out) {
  if (!value.is_number()) return reader.error(path, quoted(path) + " must be a number");
  const double number = value.get<double>();
  if (!(number >= min && number <= max))
    return reader.error(path, quoted(path) + " = " + number_text(number) + " is out of range " +
                                  number_text(min) + ".." + number_text(max));
  out = static_cast<float>(number);
  return {};
}

core::Status read_bool(Reader& reader, const Json& value, const Path& path, bool& out) {
  if (!value.is_boolean()) return reader.error(path, quoted(path) + " must be true or false");
  out = value.get<bool>();
  return {};
}

core::Status read_camera(Reader& reader, const Json& object, const Path& path, ScenarioCamera& camera) {
  if (!object.is_object()) return reader.error(path, quoted(path) + " must be an object");
  const char* pose_keys[] = {"target_m", "yaw_deg", "pitch_deg", "distance_m"};
  bool has_pose = false;
  for (const char* key : pose_keys) has_pose = has_pose || object.contains(key);
  for (const char* key : pose_keys)
    if (has_pose && !object.contains(key))
      return reader.error(path, quoted(child(path, key)) +
                                    " is missing: a camera position needs target_m, yaw_deg, pitch_deg and "
                                    "distance_m");
  render::CameraPose pose;
  for (const auto& [key, value] : object.items()) {
    const Path here = child(path, key);
    core::Status status;
    if (key == "view") {
      if (!value.is_string()) return reader.error(here, quoted(here) + " must be a string");
      auto view = anatomy::view_from_name(value.get_ref<const std::string&>());
      if (!view)
        return reader.error(here, quoted(here) + " must be \"side\", \"front\", \"back\" or \"oblique\"");
      camera.view = *view;
    } else if (key == "target_m") {
      if (!value.is_array() || value.size() != 3)
        return reader.error(here, quoted(here) + " must be an array of three numbers (x, y, z in metres)");
      for (int i = 0; i < 3 && status; ++i)
        status = read_number(reader, value[static_cast<std::size_t>(i)], here, -render::kMaxTargetOffset_m,
                             render::kMaxTargetOffset_m, pose.target[i]);
    } else if (key == "yaw_deg") {
      status = read_number(reader, value, here, -180.0, 180.0, pose.yaw_deg);
    } else if (key == "pitch_deg") {
      status =
          read_number(reader, value, here, -render::kMaxPitch_deg, render::kMaxPitch_deg, pose.pitch_deg);
    } else if (key == "distance_m") {
      status = read_number(reader, value, here, render::kMinPoseDistance_m, render::kMaxPoseDistance_m,
                           pose.distance_m);
    } else if (key == "framed_aspect") {
      status = read_number(reader, value, here, render::kMinFramedAspect, render::kMaxFramedAspect,
                           pose.framed_aspect);
    } else {
      reader.warn_unknown(here);
    }
    if (!status) return status;
  }
  if (has_pose) camera.pose = pose;
  return {};
}

// {"name": true, ...}: the names are checked by `name_ok`, which says why one is refused.
template <class NameCheck, class Store>
core::Status read_switches(Reader& reader, const Json& object, const Path& path, NameCheck name_ok,
                           Store store) {
  constexpr std::size_t kMaxEntries = 2000;
  if (!object.is_object()) return reader.error(path, quoted(path) + " must be an object of true or false");
  if (object.size() > kMaxEntries)
    return reader.error(path, quoted(path) + " has " + std::to_string(object.size()) +
                                  " entries, more than " + std::to_string(kMaxEntries));
  for (const auto& [key, value] : object.items()) {
    const Path here = child(path, key);
    if (const std::string why = name_ok(key); !why.empty()) return reader.error(here, why);
    bool on = true;
    if (auto status = read_bool(reader, value, here, on); !status) return status;
    store(key, on);
  }
  return {};
}

std::string id_check(const std::string& id) {
  constexpr std::size_t kMaxIdBytes = 100;
  if (id.empty() || id.size() > kMaxIdBytes)
    return "\"" + core::shortened(id) + "\" is not a structure or group name (1 to 100 characters)";
  return {};
}

core::Status read_layers(Reader& reader, const Json& object, const Path& path, LayerSet& layers) {
  if (!object.is_object()) return reader.error(path, quoted(path) + " must be an object");
  for (const auto& [key, value] : object.items()) {
    const Path here = child(path, key);
    core::Status status;
    if (key == "xray") {
      status = read_bool(reader, value, here, layers.xray);
    } else if (key == "categories") {
      status = read_switches(
          reader, value, here,
          [](const std::string& name) -> std::string {
            return anatomy::category_from_name(name) ? std::string()
                                                     : "unknown category \"" + core::shortened(name) +
                                                           "\" (bone, muscle, tendon, disc or skin)";
          },
          [&](const std::string& name, bool on) {
            layers.category_shown[static_cast<std::size_t>(*anatomy::category_from_name(name))] = on;
          });
    } else if (key == "groups") {
      status = read_switches(reader, value, here, id_check,
                             [&](const std::string& name, bool on) { layers.group_shown[name] = on; });
    } else if (key == "structures") {
      status = read_switches(reader, value, here, id_check,
                             [&](const std::string& name, bool on) { layers.structure_shown[name] = on; });
    } else {
      reader.warn_unknown(here);
    }
    if (!status) return status;
  }
  return {};
}

// The versioned form; "version" has been checked.
core::Status read_versioned(Reader& reader, const Json& root, Scenario& scenario) {
  // Inputs first: the reference is read onto them (a hand-written reference may name only muscles).
  if (auto it = root.find("inputs"); it != root.end()) {
    if (!it->is_object()) return reader.error({"inputs"}, "\"inputs\" must be an object");
    if (auto status = read_inputs(reader, *it, {"inputs"}, scenario.inputs, false); !status) return status;
  }
  for (const auto& [key, value] : root.items()) {
    const Path here{key};
    core::Status status;
    if (key == "format" || key == "version" || key == "inputs") {
      continue;
    } else if (key == "title") {
      status = read_string(reader, value, here, kMaxTitleBytes, scenario.title);
    } else if (key == "note") {
      status = read_string(reader, value, here, kMaxNoteBytes, scenario.note);
    } else if (key == "language") {
      if (value.is_null()) continue;  // the language the app is in
      auto language =
          value.is_string() ? content::language_from_code(value.get_ref<const std::string&>()) : std::nullopt;
      if (!language) return reader.error(here, "\"language\" must be \"en\" or \"de\"");
      scenario.language = language;
    } else if (key == "reference") {
      if (value.is_null()) continue;
      if (!value.is_object()) return reader.error(here, "\"reference\" must be an object of inputs or null");
      biomech::Inputs reference = scenario.inputs;
      status = read_inputs(reader, value, here, reference, false);
      if (status) scenario.reference = reference;
    } else if (key == "compare") {
      status = read_bool(reader, value, here, scenario.compare);
    } else if (key == "camera") {
      if (value.is_null()) continue;  // the teaching view
      ScenarioCamera camera;
      status = read_camera(reader, value, here, camera);
      if (status) scenario.camera = camera;
    } else if (key == "layers") {
      status = read_layers(reader, value, here, scenario.layers);
    } else if (key == "tour_step") {
      if (value.is_null()) continue;
      constexpr int kMaxTourStep = 100;
      if (!value.is_number_integer() || value.get<double>() < 1 || value.get<double>() > kMaxTourStep)
        return reader.error(here, "\"tour_step\" must be a whole number from 1 (or null)");
      scenario.tour_step = value.get<int>();
    } else {
      reader.warn_unknown(here);
    }
    if (!status) return status;
  }
  return {};
}

}  // namespace

core::Result<ScenarioRead> parse_scenario(std::string_view text, const std::string& where,
                                          const biomech::Inputs& base) {
  // Before the parser: a few kilobytes of nested brackets would cost it a stack frame and a heap node
  // per level, and a scenario needs four.
  if (const auto deep = core::json_too_deep_at(text))
    return make_error(where + ": nests deeper than " + std::to_string(core::kMaxJsonDepth) + " levels at " +
                      core::describe_position(text, *deep));
  const Json root = Json::parse(text, nullptr, false);
  if (root.is_discarded()) {
    SyntaxError syntax;
    Json::sax_parse(text, &syntax);
    // The parser's position counts from 1 and points just past the offending character.
    return make_error(where + ": not valid JSON at " +
                      core::describe_position(text, syntax.byte > 0 ? syntax.byte - 1 : 0));
  }
  if (!root.is_object()) return make_error(where + ": expected a JSON object of inputs");
  Reader reader(text, where);
  ScenarioRead read;
  read.scenario.inputs = base;
  read.versioned = root.contains("version") || root.contains("format");
  if (!read.versioned) {
    if (auto status = read_inputs(reader, root, {}, read.scenario.inputs, true); !status)
      return status.error();
    return read;
  }
  if (auto it = root.find("format");
      it != root.end() && (!it->is_string() || it->get_ref<const std::string&>() != kScenarioFormat))
    return reader.error({"format"}, "not a PostureLab scenario (\"format\" must be \"" +
                                        std::string(kScenarioFormat) + "\")");
  // The version before anything else: a newer file's keys may mean what this version cannot know.
  const auto version = root.find("version");
  if (version == root.end())
    return reader.error({}, "\"version\" is missing (this PostureLab writes version " +
                                std::to_string(kScenarioVersion) + ")");
  if (!version->is_number_integer() || version->get<double>() < 1)
    return reader.error({"version"}, "\"version\" must be a whole number from 1");
  if (version->get<double>() > kScenarioVersion)
    return reader.error({"version"}, "written by a newer PostureLab (scenario version " +
                                         number_text(version->get<double>()) + "); this one reads version " +
                                         std::to_string(kScenarioVersion) + ": update PostureLab to open it");
  if (auto status = read_versioned(reader, root, read.scenario); !status) return status.error();
  read.warnings = reader.take_warnings();
  return read;
}

core::Result<ScenarioRead> read_scenario_file(const std::filesystem::path& path,
                                              const biomech::Inputs& base) {
  auto text = core::read_file(path, kMaxScenarioBytes);
  if (!text) return make_error("scenario: " + text.error().message);
  return parse_scenario(*text, "scenario " + path.string(), base);
}

}  // namespace app
