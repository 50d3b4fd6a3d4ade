#include "content/content_file.h"

#include "core/file_io.h"

namespace content {
namespace {

constexpr std::string_view kFixHint = " Fix the file or reinstall PostureLab.";

std::string quoted(std::string_view field) { return "'" + std::string(field) + "'"; }

// nlohmann reports a syntax error (with line and column) only through an exception or a SAX handler;
// this handler keeps the message and stops at the first error, so parsing never throws.
class SyntaxErrorCatcher : public Json::json_sax_t {
 public:
  std::string message;

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
  bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception& error) override {
    message = error.what();
    return false;
  }
};

}  // namespace

core::Error content_error(std::string_view shown_path, std::string_view key, std::string_view problem) {
  std::string message(shown_path);
  if (!key.empty()) message += ": '" + std::string(key) + "'";
  message += ": " + std::string(problem) + "." + std::string(kFixHint);
  return core::make_error(std::move(message));
}

core::Result<std::string> ContentFile::string(const Json& object, std::string_view key,
                                              std::string_view field) const {
  const auto it = object.find(field);
  if (it == object.end()) return error(key, "missing field " + quoted(field));
  if (!it->is_string()) return error(key, "field " + quoted(field) + " must be a string");
  const std::string& value = it->get_ref<const std::string&>();
  if (value.empty()) return error(key, "field " + quoted(field) + " is empty");
  return value;
}

core::Result<std::string> ContentFile::optional_string(const Json& object, std::string_view key,
                                                       std::string_view field, std::string fallback) const {
  const auto it = object.find(field);
  if (it == object.end()) return fallback;
  if (!it->is_string()) return error(key, "field " + quoted(field) + " must be a string");
  return it->get_ref<const std::string&>();
}

core::Result<bool> ContentFile::optional_bool(const Json& object, std::string_view key,
                                              std::string_view field, bool fallback) const {
  const auto it = object.find(field);
  if (it == object.end()) return fallback;
  if (!it->is_boolean()) return error(key, "field " + quoted(field) + " must be true or false");
  return it->get<bool>();
}

core::Result<int> ContentFile::integer(const Json& object, std::string_view key,
                                       std::string_view field) const {
  const auto it = object.find(field);
  if (it == object.end() || !it->is_number_integer())
    return error(key, "missing integer field " + quoted(field));
  const auto value = it->get<std::int64_t>();
  if (value < -1'000'000 || value > 1'000'000)
    return error(key, "field " + quoted(field) + " is out of range");
  return static_cast<int>(value);
}

core::Result<std::vector<std::string>> ContentFile::string_list(const Json& object, std::string_view key,
                                                                std::string_view field, bool required) const {
  const auto it = object.find(field);
  if (it == object.end()) {
    if (required) return error(key, "missing field " + quoted(field));
    return std::vector<std::string>{};
  }
  if (!it->is_array()) return error(key, "field " + quoted(field) + " must be a list");
  std::vector<std::string> out;
  for (const Json& item : *it) {
    if (!item.is_string()) return error(key, quoted(field) + " must hold only strings");
    out.push_back(item.get<std::string>());
  }
  return out;
}

core::Result<const Json*> ContentFile::list(const Json& object, std::string_view key,
                                            std::string_view field) const {
  const auto it = object.find(field);
  if (it == object.end() || !it->is_array()) return error(key, "missing list " + quoted(field));
  return &*it;
}

bool ContentDir::exists(std::string_view relative) const {
  std::error_code ec;
  return std::filesystem::exists(dir_ / std::filesystem::path(relative), ec);
}

core::Result<ContentFile> ContentDir::read(std::string_view relative) const {
  core::Result<std::string> text = core::read_file(dir_ / std::filesystem::path(relative));
  if (!text) return core::make_error(text.error().message + "." + std::string(kFixHint));
  ContentFile file(std::string(relative), shown(relative), Json::parse(*text, nullptr, false));
  if (file.root().is_discarded()) {
    SyntaxErrorCatcher catcher;
    Json::sax_parse(*text, &catcher);
    return file.error("", "not valid JSON (" + catcher.message + ")");
  }
  if (!file.root().is_object()) return file.error("", "the top level must be a JSON object");
  return file;
}

}  // namespace content
