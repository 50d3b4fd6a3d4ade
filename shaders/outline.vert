#version 330 core
#include "skinning.glsl"
#include "outline_body.glsl"
