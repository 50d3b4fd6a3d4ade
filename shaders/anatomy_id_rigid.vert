#include "rigid.glsl"
#include "anatomy_id_body.glsl"
