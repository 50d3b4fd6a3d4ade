// Linear blend skinning for the anatomy's blended meshes (muscles, discs, skin), authored in model
// space (glTF ignores their node transform). Rigid parts use rigid.glsl instead: llvmpipe pays
// for the indexed uniform array even behind a uniform branch, so the two are separate programs.
layout(location = 0) in vec3 a_position;
layout(location = 1) in vec3 a_normal;
layout(location = 2) in vec2 a_uv;
layout(location = 3) in uvec4 a_joints;  // integer attribute: glVertexAttribIPointer
layout(location = 4) in vec4 a_weights;

const int kMaxJoints = 64;
uniform mat4 u_joints[kMaxJoints];

mat4 skin_matrix() {
  return a_weights.x * u_joints[a_joints.x] + a_weights.y * u_joints[a_joints.y] +
         a_weights.z * u_joints[a_joints.z] + a_weights.w * u_joints[a_joints.w];
}
