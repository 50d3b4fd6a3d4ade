uniform mat4 u_view_projection;
void main() { gl_Position = u_view_projection * (skin_matrix() * vec4(a_position, 1.0)); }
