#version 330 core
#include "rigid.glsl"
#include "anatomy_body.glsl"
