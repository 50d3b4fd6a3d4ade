// Linear blend skinning for the anatomy's blended meshes (muscles, discs, skin), authored in model
// space (glTF ignores their node transform). Rigid parts use rigid.glsl instead: llvmpipe pays
// for the indexed uniform array even behind a uniform branch, so the two are separate programs.
// MAX_JOINTS and the A_* attribute locations come from the renderer (render/gpu_contract.h).
layout(location = A_POSITION) in vec3 a_position;
layout(location = A_NORMAL) in vec3 a_normal;
layout(location = A_UV) in vec2 a_uv;
layout(location = A_JOINTS) in uvec4 a_joints;  // integer attribute: glVertexAttribIPointer
layout(location = A_WEIGHTS) in vec4 a_weights;
layout(location = A_OCCLUSION) in float a_occlusion;  // baked ambient occlusion, 1 = open

uniform mat4 u_joints[MAX_JOINTS];

mat4 skin_matrix() {
  return a_weights.x * u_joints[a_joints.x] + a_weights.y * u_joints[a_joints.y] +
         a_weights.z * u_joints[a_joints.z] + a_weights.w * u_joints[a_joints.w];
}
