// The implementation Debian's libtinygltf.so provides on the desktop, compiled from Debian's header.
// stb's implementations live in stb_glue.c.
#define TINYGLTF_IMPLEMENTATION
#include <tiny_gltf.h>
