#include "render/floor_program.h"

#include "render/gl_api.h"

#include <vector>

#include "render/pass_state.h"
#include "render/shader_program.h"

namespace render {
namespace {

// The trivial pair: position in, one colour out. Kept here, not in shaders/, because it is a
// measuring stick, not a look.
constexpr const char* kVertex = R"(layout(location = 0) in vec3 position;
uniform mat4 view_projection;
void main() { gl_Position = view_projection * vec4(position, 1.0); }
)";
constexpr const char* kFragment = R"(out vec4 colour;
void main() { colour = vec4(0.85, 0.80, 0.72, 1.0); }
)";

}  // namespace

struct FloorProgram::Impl {
  ShaderProgram program;
  Uniform view_projection;
  unsigned vao = 0, vbo = 0;
  GLsizei vertices = 0;
};

core::Result<std::unique_ptr<FloorProgram>> FloorProgram::create(const anatomy::Scene& scene) {
  auto program = ShaderProgram::from_source("floor", kVertex, kFragment);
  if (!program) return program.error();
  // Unindexed world-space triangles: the simplest stream a GPU can take.
  std::vector<glm::vec3> vertices;
  const std::vector<glm::mat4> world = anatomy::world_matrices(scene, anatomy::rest_locals(scene));
  for (std::size_t n = 0; n < scene.nodes.size(); ++n) {
    const int mesh = scene.nodes[n].mesh;
    if (mesh < 0) continue;
    for (const anatomy::Primitive& p : scene.meshes[static_cast<std::size_t>(mesh)].primitives)
      for (std::uint32_t index : p.indices)
        vertices.push_back(glm::vec3(world[n] * glm::vec4(p.positions[index], 1.0f)));
  }
  std::unique_ptr<FloorProgram> floor(new FloorProgram());
  floor->impl_ = std::make_unique<Impl>();
  Impl& impl = *floor->impl_;
  impl.program = std::move(*program);
  impl.view_projection = Uniform(impl.program, "view_projection");
  impl.vertices = static_cast<GLsizei>(vertices.size());
  floor->triangles_ = static_cast<long>(vertices.size() / 3);
  glGenVertexArrays(1, &impl.vao);
  glGenBuffers(1, &impl.vbo);
  glBindVertexArray(impl.vao);
  glBindBuffer(GL_ARRAY_BUFFER, impl.vbo);
  glBufferData(GL_ARRAY_BUFFER, static_cast<GLsizeiptr>(vertices.size() * sizeof(glm::vec3)), vertices.data(),
               GL_STATIC_DRAW);
  glEnableVertexAttribArray(0);
  glVertexAttribPointer(0, 3, GL_FLOAT, GL_FALSE, sizeof(glm::vec3), nullptr);
  glBindVertexArray(0);
  return floor;
}

FloorProgram::~FloorProgram() {
  if (!impl_) return;
  glDeleteBuffers(1, &impl_->vbo);
  glDeleteVertexArrays(1, &impl_->vao);
}

void FloorProgram::draw(const glm::mat4& view_projection) const {
  apply(kDefaultPassState);
  glClearColor(0.09f, 0.10f, 0.13f, 1.0f);
  glClear(GL_COLOR_BUFFER_BIT | GL_DEPTH_BUFFER_BIT);
  impl_->program.use();
  impl_->view_projection.set(view_projection);
  glBindVertexArray(impl_->vao);
  glDrawArrays(GL_TRIANGLES, 0, impl_->vertices);
  glBindVertexArray(0);
}

}  // namespace render
