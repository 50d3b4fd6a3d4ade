#version 330 core
#include "rigid.glsl"
#include "anatomy_id_body.glsl"
