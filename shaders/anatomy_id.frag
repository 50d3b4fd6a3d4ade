// Structure index + 1 packed into RGB (0 = nothing), read back under the cursor for picking.
uniform int u_id;
out vec4 frag_color;
void main() {
  frag_color = vec4(float(u_id & 255), float((u_id >> 8) & 255), float((u_id >> 16) & 255), 255.0) / 255.0;
}
