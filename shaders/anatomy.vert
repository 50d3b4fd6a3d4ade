#include "skinning.glsl"
#include "anatomy_body.glsl"
