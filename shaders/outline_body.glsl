// The selected structure again, pushed out along its normal by a few pixels; the stencil keeps only
// the ring outside the structure itself.
uniform mat4 u_view_projection;
uniform vec2 u_width_ndc;  // outline width per axis (aspect corrected)
void main() {
  mat4 m = skin_matrix();
  vec4 clip = u_view_projection * (m * vec4(a_position, 1.0));
  vec3 n_world = mat3(m) * a_normal;
  vec2 n_clip = (u_view_projection * vec4(n_world, 0.0)).xy;
  if (length(n_clip) > 1e-6) clip.xy += normalize(n_clip) * u_width_ndc * clip.w;
  gl_Position = clip;
}
