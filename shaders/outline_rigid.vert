#version 330 core
#include "rigid.glsl"
#include "outline_body.glsl"
