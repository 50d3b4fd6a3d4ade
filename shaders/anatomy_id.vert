#include "skinning.glsl"
#include "anatomy_id_body.glsl"
