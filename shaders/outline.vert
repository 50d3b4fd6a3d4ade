#include "skinning.glsl"
#include "outline_body.glsl"
