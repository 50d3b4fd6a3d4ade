#include "rigid.glsl"
#include "anatomy_body.glsl"
