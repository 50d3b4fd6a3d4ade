#include "rigid.glsl"
#include "outline_body.glsl"
