#pragma once
// A linked GLSL program built from files in shaders/, and a uniform's cached location. Compile and
// link errors come back with the file name and the driver's log. Every program receives the GPU
// contract's defines (gpu_contract.h) in both stages; typed programs (programs.h) look their
// uniforms up once, at link time.
#include <string>
#include <string_view>
#include <vector>

#include <glm/glm.hpp>

#include "core/result.h"

namespace render {

class ShaderProgram {
 public:
  // Loads shaders/<vertex_name>.vert with shaders/<fragment_name>.frag. `defines` (lines such as
  // "#define CATEGORY 1\n") go into both stages after the contract's defines: compile-time variants
  // of one file.
  static core::Result<ShaderProgram> load(std::string_view vertex_name, std::string_view fragment_name,
                                          std::string_view defines = {});
  // Compiles the two stages as given (no defines added, no #include expanded) behind the platform's
  // #version line (stage_source). A stage that brings its own #version is refused: one source must
  // build as desktop GLSL 3.30 and as GLSL ES 3.00 for WebGL2.
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
  // -1 when the program has no such active uniform (the variant compiled it out).
  int uniform_location(const char* name) const;

 private:
  unsigned program_ = 0;
};

// A uniform of a linked program: its location, looked up once, and the value it last sent. Setting
// one the program lacks sends nothing, and neither does setting the value the program already holds
// (a program keeps its uniforms until they are set again), so callers may set what a pass needs
// without tracking what changed. It must be the only setter of its location, and the program must
// be in use.
class Uniform {
 public:
  Uniform() = default;
  Uniform(const ShaderProgram& program, const char* name) : location_(program.uniform_location(name)) {}
  bool present() const { return location_ >= 0; }

  void set(float value) const;
  void set(int value) const;
  void set(const glm::vec2& value) const;
  void set(const glm::vec3& value) const;
  void set(const glm::mat4& value) const;
  void set(const glm::vec3* values, std::size_t count) const;  // an array uniform from element 0
  void set(const glm::mat4* values, std::size_t count) const;

 private:
  // True (and remembered) when the bytes differ from the last value sent.
  bool changed(const void* value, std::size_t bytes) const;
  int location_ = -1;
  mutable std::vector<unsigned char> sent_;  // the last value sent, as bytes; empty before the first
};

// What went to the driver since the last reset_upload_counts(): uniform uploads and program
// switches, counted in Uniform::set and ShaderProgram::use (the bench prints them, and a test holds
// the renderer to sending each value once). A GL context is current on one thread, so the counts
// are per thread.
struct UploadCounts {
  long uniforms = 0;
  long program_switches = 0;
};
UploadCounts upload_counts();
void reset_upload_counts();

// The text of the contract's defines followed by `defines`, put in front of a shader's source.
std::string with_defines(std::string source, std::string_view defines);

// What the GL compiles for one stage: the platform's #version line and precisions (gl::glsl_prologue)
// followed by `body`.
std::string stage_source(std::string_view body);

}  // namespace render
