// A box for a prop (the seat when sitting), generated from gl_VertexID: 36 vertices, no buffers.
uniform mat4 u_view_projection;
uniform vec3 u_centre;
uniform vec3 u_half_size;
out vec3 v_world;
out vec3 v_normal;

const vec3 kNormals[6] = vec3[](vec3(1, 0, 0), vec3(-1, 0, 0), vec3(0, 1, 0), vec3(0, -1, 0), vec3(0, 0, 1), vec3(0, 0, -1));
const vec2 kCorners[6] = vec2[](vec2(-1, -1), vec2(1, -1), vec2(1, 1), vec2(-1, -1), vec2(1, 1), vec2(-1, 1));

void main() {
  int face = gl_VertexID / 6;
  vec3 n = kNormals[face];
  vec2 c = kCorners[gl_VertexID % 6];
  // Two axes spanning the face, chosen so the winding faces outwards.
  vec3 u = abs(n.y) > 0.5 ? vec3(1, 0, 0) : vec3(0, 1, 0);
  vec3 v = cross(n, u);
  vec3 local = n + c.x * u + c.y * v;
  v_world = u_centre + local * u_half_size;
  v_normal = n;
  gl_Position = u_view_projection * vec4(v_world, 1.0);
}
