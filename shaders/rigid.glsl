// Parts that follow one transform (bones rigid to their joint, unskinned meshes): same vertex
// layout as skinning.glsl, one matrix.
layout(location = 0) in vec3 a_position;
layout(location = 1) in vec3 a_normal;
layout(location = 2) in vec2 a_uv;
layout(location = 3) in uvec4 a_joints;
layout(location = 4) in vec4 a_weights;

uniform mat4 u_model;

mat4 skin_matrix() { return u_model; }
