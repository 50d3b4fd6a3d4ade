#pragma once
// Reading content/'s JSON files (internal to src/content): one parsed file, typed readers for its
// members, and the list loader that every structure file shares. Every error names the file and the
// key and ends with what to do.
//
// JSON errors travel as values here, never as exceptions: files are parsed with
// allow_exceptions = false, and members are read only through the readers below, which check the
// type first (nlohmann's value() and get<T>() would throw on a wrong type).
#include <filesystem>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/result.h"

namespace content {

using Json = nlohmann::json;

// "<path>: '<key>': <problem>. Fix the file or reinstall PostureLab." (no key part when key is empty)
core::Error content_error(std::string_view shown_path, std::string_view key, std::string_view problem);

// One content file, parsed; `name` is its path relative to the content folder ("en/cards.json").
class ContentFile {
 public:
  ContentFile(std::string name, std::string shown_path, Json root)
      : name_(std::move(name)), shown_path_(std::move(shown_path)), root_(std::move(root)) {}

  const std::string& name() const { return name_; }
  const Json& root() const { return root_; }

  // content_error() for this file.
  core::Error error(std::string_view key, std::string_view problem) const {
    return content_error(shown_path_, key, problem);
  }

  // A required, non-empty string member of `object`; `key` names the entry in messages.
  core::Result<std::string> string(const Json& object, std::string_view key, std::string_view field) const;
  // An optional string member: `fallback` when absent, an error when present but not a string.
  core::Result<std::string> optional_string(const Json& object, std::string_view key, std::string_view field,
                                            std::string fallback = {}) const;
  core::Result<bool> optional_bool(const Json& object, std::string_view key, std::string_view field,
                                   bool fallback) const;
  // A required whole number.
  core::Result<int> integer(const Json& object, std::string_view key, std::string_view field) const;
  // A list of strings; when absent, an error if `required`, else an empty list.
  core::Result<std::vector<std::string>> string_list(const Json& object, std::string_view key,
                                                     std::string_view field, bool required = true) const;
  // A required list member, reported as "missing list '<field>'".
  core::Result<const Json*> list(const Json& object, std::string_view key, std::string_view field) const;

 private:
  std::string name_;
  std::string shown_path_;
  Json root_;
};

// The content folder: finds and parses its files.
class ContentDir {
 public:
  explicit ContentDir(std::filesystem::path dir) : dir_(std::move(dir)) {}

  // The full path of a file, as messages show it.
  std::string shown(std::string_view relative) const {
    return (dir_ / std::filesystem::path(relative)).string();
  }
  bool exists(std::string_view relative) const;
  // Reads and parses a file whose top level must be a JSON object.
  core::Result<ContentFile> read(std::string_view relative) const;

 private:
  std::filesystem::path dir_;
};

// The shared list loader: the list `list_field` of `holder` (the file's top level, or an entry of it
// named `list_key`) holds one object per entry, each with a unique, non-empty string `id_field`.
// `parse(entry, id)` turns an entry into a T (or an error naming the entry). An entry that is not an object,
// lacks its id or repeats one is refused.
template <typename T, typename Parse>
core::Result<std::vector<T>> load_list(const ContentFile& file, const Json& holder, std::string_view list_key,
                                       std::string_view list_field, std::string_view id_field, Parse parse) {
  auto items = file.list(holder, list_key, list_field);
  if (!items) return items.error();
  // Messages about an entry without a usable id name the list's holder, or the list itself.
  const std::string_view where = list_key.empty() ? list_field : list_key;
  std::vector<T> out;
  std::set<std::string, std::less<>> seen;
  for (const Json& item : **items) {
    if (!item.is_object()) return file.error(where, "every entry must be an object");
    auto id = file.string(item, where, id_field);
    if (!id) return id.error();
    if (!seen.insert(*id).second) return file.error(*id, "listed twice");
    core::Result<T> entry = parse(item, *id);
    if (!entry) return entry.error();
    out.push_back(std::move(*entry));
  }
  return out;
}

}  // namespace content
