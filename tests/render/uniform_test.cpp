// Uniform uploads: a value the program already holds, or a uniform the program lacks, costs no call
// to the driver, and the renderer sends its camera once per program and frame.
#include <catch2/catch.hpp>

#include <span>

#include <glm/glm.hpp>

#include "anatomy/gltf_importer.h"
#include "anatomy/test_model.h"
#include "render/shader_program.h"
#include "support/gl_fixture.h"

namespace {
const char* kVertex = R"(uniform mat4 u_matrix;
void main() { gl_Position = u_matrix * vec4(0.0, 0.0, 0.0, 1.0); }
)";
const char* kFragment = R"(uniform vec3 u_colour;
out vec4 colour;
void main() { colour = vec4(u_colour, 1.0); }
)";
}  // namespace

TEST_CASE("a uniform sends a value once, and nothing to a uniform the program lacks") {
  support::GlFixture gl;
  auto program = render::ShaderProgram::from_source("test", kVertex, kFragment);
  REQUIRE(program.ok());
  program->use();
  const render::Uniform colour(*program, "u_colour"), matrix(*program, "u_matrix"),
      missing(*program, "u_not_there");
  CHECK_FALSE(missing.present());
  render::reset_upload_counts();
  colour.set(glm::vec3(1.0f, 0.5f, 0.0f));
  colour.set(glm::vec3(1.0f, 0.5f, 0.0f));  // the program holds it already
  matrix.set(glm::mat4(1.0f));
  missing.set(2.0f);
  CHECK(render::upload_counts().uniforms == 2);
  colour.set(glm::vec3(0.0f, 0.5f, 1.0f));  // a new value goes
  CHECK(render::upload_counts().uniforms == 3);
}

TEST_CASE("a frame drawn again sends fewer uniform values than it issues draws") {
  support::GlFixture gl;
  const auto bytes = testmodel::build().glb();
  auto loaded = anatomy::load_model_from_memory(std::span(bytes), {}, "test.glb");
  REQUIRE(loaded.ok());
  REQUIRE(gl.renderer->set_model(std::make_shared<const anatomy::Scene>(std::move(*loaded))).ok());
  render::SceneView view;
  view.camera.set_view(render::ViewPreset::oblique, gl.renderer->model_bounds());
  view.width_px = 320;
  view.height_px = 240;
  render::reset_upload_counts();
  gl.draw(view);
  const render::UploadCounts first = render::upload_counts();
  render::reset_upload_counts();
  gl.renderer->reset_stats();
  gl.draw(view);
  const render::UploadCounts second = render::upload_counts();
  const long draws = gl.renderer->stats().draw_calls;
  INFO(first.uniforms << " then " << second.uniforms << " uniform values for " << draws << " draws");
  // The camera, the lights and every material the programs already hold stay where they are; what
  // is sent is what differs from one draw to the next (a pose, a colour).
  CHECK(second.uniforms < first.uniforms);
  CHECK(second.uniforms < draws);
  // Each program is switched to only when a draw needs it.
  CHECK(second.program_switches <= draws);
}

TEST_CASE("a stage with its own #version is refused with a message naming it") {
  support::GlFixture gl;
  const std::string with_version = std::string("#version 330 core\n") + kFragment;
  auto program = render::ShaderProgram::from_source("test", kVertex, with_version);
  REQUIRE_FALSE(program.ok());
  CHECK(program.error().message.find("test.frag") != std::string::npos);
  CHECK(program.error().message.find("#version") != std::string::npos);
}
