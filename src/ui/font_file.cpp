#include "ui/font_file.h"

#include <ft2build.h>
#include FT_FREETYPE_H

#include <map>
#include <memory>

#include "core/file_io.h"

namespace ui {
namespace {

// Opens the face and closes it again: FreeType checks the tables a font must have.
std::string freetype_problem(const std::string& bytes) {
  FT_Library library = nullptr;
  if (FT_Init_FreeType(&library) != 0) return "FreeType did not start";
  FT_Face face = nullptr;
  const FT_Error error = FT_New_Memory_Face(library, reinterpret_cast<const FT_Byte*>(bytes.data()),
                                            static_cast<FT_Long>(bytes.size()), 0, &face);
  std::string problem;
  if (error != 0)
    problem = "not a font FreeType can open (error " + std::to_string(error) + ")";
  else if (face->num_glyphs <= 0)
    problem = "a font without glyphs";
  if (face) FT_Done_Face(face);
  FT_Done_FreeType(library);
  return problem;
}

}  // namespace

core::Result<const std::string*> checked_font_bytes(const std::filesystem::path& path) {
  static std::map<std::filesystem::path, std::unique_ptr<const std::string>> kept;
  if (auto it = kept.find(path); it != kept.end()) return it->second.get();
  auto bytes = core::read_file(path);
  if (!bytes) return core::make_error("font " + path.string() + ": " + bytes.error().message);
  if (bytes->empty()) return core::make_error("font " + path.string() + " is empty");
  if (std::string problem = freetype_problem(*bytes); !problem.empty())
    return core::make_error("font " + path.string() + " is damaged: " + problem);
  auto stored = std::make_unique<const std::string>(std::move(*bytes));
  const std::string* result = stored.get();
  kept.emplace(path, std::move(stored));
  return result;
}

}  // namespace ui
