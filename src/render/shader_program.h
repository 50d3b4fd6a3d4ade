#pragma once
// A linked GLSL program built from files in shaders/. Compile and link errors come back with the
// file name and the driver's log.
#include <string>
#include <string_view>

#include <glm/glm.hpp>

#include "core/result.h"

namespace render {

class ShaderProgram {
 public:
  // Loads shaders/<name>.vert and shaders/<name>.frag from the asset folder.
  static core::Result<ShaderProgram> load(std::string_view name);
  // Loads shaders/<vertex_name>.vert with shaders/<fragment_name>.frag (variants sharing a stage).
  static core::Result<ShaderProgram> load(std::string_view vertex_name, std::string_view fragment_name);
  // As above, with `defines` (lines such as "#define CATEGORY 1\n") placed after the fragment
  // shader's #version line: compile-time variants of one file.
  static core::Result<ShaderProgram> load(std::string_view vertex_name, std::string_view fragment_name,
                                          std::string_view fragment_defines);
  static core::Result<ShaderProgram> from_source(std::string_view label, const std::string& vertex,
                                                 const std::string& fragment);
  ShaderProgram() = default;
  ~ShaderProgram();
  ShaderProgram(ShaderProgram&& other) noexcept;
  ShaderProgram& operator=(ShaderProgram&& other) noexcept;
  ShaderProgram(const ShaderProgram&) = delete;
  ShaderProgram& operator=(const ShaderProgram&) = delete;

  void use() const;
  unsigned id() const { return program_; }
  int location(const char* uniform) const;
  void set(const char* uniform, float value) const;
  void set(const char* uniform, int value) const;
  void set(const char* uniform, const glm::vec2& value) const;
  void set(const char* uniform, const glm::vec3& value) const;
  void set(const char* uniform, const glm::vec4& value) const;
  void set(const char* uniform, const glm::mat4& value) const;

 private:
  unsigned program_ = 0;
};

}  // namespace render
