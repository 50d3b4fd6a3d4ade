#include "render/shader_program.h"

#include "render/gl_api.h"

#include <cstring>
#include <utility>

#include <glm/gtc/type_ptr.hpp>

#include "core/asset_paths.h"
#include "core/file_io.h"
#include "render/gpu_contract.h"

namespace render {
namespace {
thread_local UploadCounts t_counts;

std::string info_log(GLuint object, bool program) {
  char log[2048] = {};
  if (program)
    glGetProgramInfoLog(object, sizeof log, nullptr, log);
  else
    glGetShaderInfoLog(object, sizeof log, nullptr, log);
  return log;
}

// A line that starts with #version (a comment may name it).
bool has_version_directive(const std::string& body) {
  for (std::size_t at = body.find("#version"); at != std::string::npos; at = body.find("#version", at + 1)) {
    std::size_t start = at;
    while (start > 0 && (body[start - 1] == ' ' || body[start - 1] == '\t')) --start;
    if (start == 0 || body[start - 1] == '\n') return true;
  }
  return false;
}

core::Result<GLuint> compile(GLenum stage, std::string_view label, const std::string& body) {
  const char* stage_name = stage == GL_VERTEX_SHADER ? ".vert" : ".frag";
  // The version must be the first line, so a #version in the body (after ours) would not compile;
  // say so plainly instead of passing on the driver's log.
  if (has_version_directive(body))
    return core::make_error(std::string(label) + stage_name +
                            ": has its own #version line; the program supplies it (GLSL 3.30 core on "
                            "the desktop, GLSL ES 3.00 on the web), so remove it from the source");
  const std::string source = stage_source(body);
  GLuint shader = glCreateShader(stage);
  const char* text = source.c_str();
  glShaderSource(shader, 1, &text, nullptr);
  glCompileShader(shader);
  GLint ok = 0;
  glGetShaderiv(shader, GL_COMPILE_STATUS, &ok);
  if (!ok) {
    const std::string log = info_log(shader, false);
    glDeleteShader(shader);
    return core::make_error(std::string(label) + stage_name + ": shader does not compile: " + log);
  }
  return shader;
}

// Reads a shader file and expands `#include "file.glsl"` lines (GLSL has no include of its own)
// so shared functions such as the sRGB encoding live in one place. One level deep is enough.
core::Result<std::string> read_shader(const std::string& relative) {
  auto path = core::asset_path(relative);
  if (!path) return path.error();
  auto text = core::read_file(*path);
  if (!text) return text.error();
  std::string expanded;
  std::size_t start = 0;
  while (start < text->size()) {
    std::size_t end = text->find('\n', start);
    if (end == std::string::npos) end = text->size();
    const std::string line = text->substr(start, end - start);
    constexpr std::string_view kInclude = "#include \"";
    if (line.rfind(kInclude, 0) == 0 && line.size() > kInclude.size() + 1) {
      const std::string file =
          line.substr(kInclude.size(), line.find('"', kInclude.size()) - kInclude.size());
      auto included_path = core::asset_path("shaders/" + file);
      if (!included_path) return core::make_error(relative + ": " + included_path.error().message);
      auto included = core::read_file(*included_path);
      if (!included) return included.error();
      expanded += *included;
    } else {
      expanded += line;
    }
    expanded += '\n';
    start = end + 1;
  }
  return expanded;
}

}  // namespace

std::string with_defines(std::string source, std::string_view defines) {
  source.insert(0, gpu::contract_defines() + std::string(defines));
  return source;
}

std::string stage_source(std::string_view body) {
  std::string source(gl::glsl_prologue());
  source += body;
  return source;
}

core::Result<ShaderProgram> ShaderProgram::load(std::string_view vertex_name, std::string_view fragment_name,
                                                std::string_view defines) {
  const std::string base = "shaders/" + std::string(vertex_name);
  auto vert = read_shader(base + ".vert");
  if (!vert) return vert.error();
  auto frag = read_shader("shaders/" + std::string(fragment_name) + ".frag");
  if (!frag) return frag.error();
  return from_source(base, with_defines(std::move(*vert), defines), with_defines(std::move(*frag), defines));
}

core::Result<ShaderProgram> ShaderProgram::from_source(std::string_view label, const std::string& vertex,
                                                       const std::string& fragment) {
  auto vs = compile(GL_VERTEX_SHADER, label, vertex);
  if (!vs) return vs.error();
  auto fs = compile(GL_FRAGMENT_SHADER, label, fragment);
  if (!fs) {
    glDeleteShader(*vs);
    return fs.error();
  }
  GLuint program = glCreateProgram();
  glAttachShader(program, *vs);
  glAttachShader(program, *fs);
  glLinkProgram(program);
  glDeleteShader(*vs);
  glDeleteShader(*fs);
  GLint ok = 0;
  glGetProgramiv(program, GL_LINK_STATUS, &ok);
  if (!ok) {
    const std::string log = info_log(program, true);
    glDeleteProgram(program);
    return core::make_error(std::string(label) + ": shader program does not link: " + log);
  }
  ShaderProgram result;
  result.program_ = program;
  return result;
}

ShaderProgram::~ShaderProgram() {
  if (program_) glDeleteProgram(program_);
}
ShaderProgram::ShaderProgram(ShaderProgram&& other) noexcept : program_(std::exchange(other.program_, 0)) {}
ShaderProgram& ShaderProgram::operator=(ShaderProgram&& other) noexcept {
  if (this != &other) {
    if (program_) glDeleteProgram(program_);
    program_ = std::exchange(other.program_, 0);
  }
  return *this;
}

UploadCounts upload_counts() { return t_counts; }
void reset_upload_counts() { t_counts = {}; }

void ShaderProgram::use() const {
  ++t_counts.program_switches;
  glUseProgram(program_);
}
int ShaderProgram::uniform_location(const char* name) const {
  return program_ ? glGetUniformLocation(program_, name) : -1;
}

bool Uniform::changed(const void* value, std::size_t bytes) const {
  if (!present()) return false;
  if (sent_.size() == bytes && std::memcmp(sent_.data(), value, bytes) == 0) return false;
  const auto* first = static_cast<const unsigned char*>(value);
  sent_.assign(first, first + bytes);
  ++t_counts.uniforms;
  return true;
}

void Uniform::set(float v) const {
  if (changed(&v, sizeof v)) glUniform1f(location_, v);
}
void Uniform::set(int v) const {
  if (changed(&v, sizeof v)) glUniform1i(location_, v);
}
void Uniform::set(const glm::vec2& v) const {
  if (changed(glm::value_ptr(v), sizeof v)) glUniform2fv(location_, 1, glm::value_ptr(v));
}
void Uniform::set(const glm::vec3& v) const {
  if (changed(glm::value_ptr(v), sizeof v)) glUniform3fv(location_, 1, glm::value_ptr(v));
}
void Uniform::set(const glm::mat4& v) const {
  if (changed(glm::value_ptr(v), sizeof v)) glUniformMatrix4fv(location_, 1, GL_FALSE, glm::value_ptr(v));
}
void Uniform::set(const glm::vec3* values, std::size_t count) const {
  if (count && changed(values, count * sizeof(glm::vec3)))
    glUniform3fv(location_, static_cast<GLsizei>(count), glm::value_ptr(values[0]));
}
void Uniform::set(const glm::mat4* values, std::size_t count) const {
  if (count && changed(values, count * sizeof(glm::mat4)))
    glUniformMatrix4fv(location_, static_cast<GLsizei>(count), GL_FALSE, glm::value_ptr(values[0]));
}

}  // namespace render
