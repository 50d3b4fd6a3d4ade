#pragma once
// The GLSL dialect of the platform, without any GL header (the app's ImGui backend needs it too):
// shader files carry no #version line, the program puts this in front of every stage.
#include <string_view>

namespace render::gl {

// "#version 330 core" on the desktop, "#version 300 es" with default precisions on the web;
// ends with a newline.
std::string_view glsl_prologue();

// The #version line alone, as ImGui's OpenGL3 backend takes it ("#version 330 core").
const char* glsl_version_line();

}  // namespace render::gl
