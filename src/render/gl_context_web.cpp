// The web build's side of gl_context.h: the canvas's WebGL2 context is made by the page (emscripten's
// GLFW), its functions link directly, and there is no headless EGL in a browser.
#include "render/gl_api.h"
#include "render/gl_context.h"

namespace render {

core::Result<GlInfo> load_gl(GlProcAddress /*unused: WebGL links directly*/) {
  auto text = [](GLenum name) {
    const auto* s = reinterpret_cast<const char*>(glGetString(name));
    return std::string(s ? s : "?");
  };
  GlInfo info;
  info.vendor = text(GL_VENDOR);
  info.renderer = text(GL_RENDERER);
  info.version = text(GL_VERSION);
  GLint major = 0, minor = 0;
  glGetIntegerv(GL_MAJOR_VERSION, &major);
  glGetIntegerv(GL_MINOR_VERSION, &minor);
  info.major = major;
  info.minor = minor;
  if (info.major < 3)
    return core::make_error("this browser gives no WebGL2 context (" + info.version +
                            "); PostureLab needs WebGL2: use a current Chrome, Firefox or Safari");
  return info;
}

core::Result<std::unique_ptr<HeadlessGlContext>> HeadlessGlContext::create() {
  return core::make_error("headless rendering needs EGL, which a browser does not have");
}

// Never constructed here; the EGL handles exist for the desktop's implementation.
HeadlessGlContext::~HeadlessGlContext() { static_cast<void>(display_), static_cast<void>(context_); }

}  // namespace render
