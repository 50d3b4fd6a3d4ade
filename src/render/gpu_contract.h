#pragma once
// The numbers C++ and the shaders must agree on, owned here: the skinning palette's size, the vertex
// attribute locations, the category values of the shader variants and the colour scales' stop
// count. ShaderProgram::load puts them into both stages of every program as #defines (MAX_JOINTS,
// A_POSITION ..., CATEGORY_BONE ..., SCALE_STOPS), so the GLSL names them instead of retyping them
// (a test checks that it does). No GL here.
#include <array>
#include <cstddef>
#include <string>
#include <string_view>

#include "anatomy/model_schema.h"

namespace render::gpu {

// Joints one skinned draw can use: the size of the u_joints palette (the model's rig has 14).
inline constexpr std::size_t kMaxJoints = 64;

// Vertex attributes; the location of each is its enum value.
enum class Attribute { position, normal, uv, joints, weights, occlusion };

struct AttributeInfo {
  Attribute attribute;
  std::string_view define;  // the name the shaders use in layout(location = ...)
};

inline constexpr std::array<AttributeInfo, 6> kAttributes = {{
    {Attribute::position, "A_POSITION"},
    {Attribute::normal, "A_NORMAL"},
    {Attribute::uv, "A_UV"},
    {Attribute::joints, "A_JOINTS"},
    {Attribute::weights, "A_WEIGHTS"},
    {Attribute::occlusion, "A_OCCLUSION"},
}};

constexpr unsigned location(Attribute attribute) { return static_cast<unsigned>(attribute); }

// "CATEGORY_BONE" ...: the define naming a category's value (anatomy::CategoryInfo::shader_index).
std::string category_define(anatomy::Category category);

// Every define above, one "#define NAME VALUE" line each.
std::string contract_defines();

}  // namespace render::gpu
