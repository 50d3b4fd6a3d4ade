// Parts that follow one transform (bones rigid to their joint, unskinned meshes): same vertex
// layout as skinning.glsl, one matrix.
layout(location = A_POSITION) in vec3 a_position;
layout(location = A_NORMAL) in vec3 a_normal;
layout(location = A_UV) in vec2 a_uv;
layout(location = A_JOINTS) in uvec4 a_joints;
layout(location = A_WEIGHTS) in vec4 a_weights;
layout(location = A_OCCLUSION) in float a_occlusion;  // baked ambient occlusion, 1 = open

uniform mat4 u_model;

mat4 skin_matrix() { return u_model; }
