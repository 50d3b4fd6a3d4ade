uniform mat4 u_view_projection;
out vec3 v_world;
out vec3 v_normal;
out vec2 v_uv;
out vec3 v_rest;  // rest-pose position: fibre stripes and the posterior side stay on the tissue
out float v_occlusion;
void main() {
  mat4 m = skin_matrix();
  vec4 world = m * vec4(a_position, 1.0);
  v_world = world.xyz;
  v_normal = mat3(m) * a_normal;
  v_uv = a_uv;
  v_rest = a_position;
  v_occlusion = a_occlusion;
  gl_Position = u_view_projection * world;
}
