#include "render/gl_context.h"

#include <glad/egl.h>
#include <glad/gl.h>

#include <cstdio>

namespace render {

core::Result<GlInfo> load_gl(GlProcAddress get_proc_address) {
  const int version = gladLoadGL(reinterpret_cast<GLADloadfunc>(get_proc_address));
  if (version == 0) return core::make_error("could not load the OpenGL functions of this context");
  GlInfo info;
  info.major = GLAD_VERSION_MAJOR(version);
  info.minor = GLAD_VERSION_MINOR(version);
  auto text = [](GLenum name) {
    const auto* s = reinterpret_cast<const char*>(glGetString(name));
    return std::string(s ? s : "?");
  };
  info.vendor = text(GL_VENDOR);
  info.renderer = text(GL_RENDERER);
  info.version = text(GL_VERSION);
  if (info.major < 3 || (info.major == 3 && info.minor < 3)) {
    return core::make_error("OpenGL " + std::to_string(info.major) + "." + std::to_string(info.minor) + " (" +
                            info.renderer +
                            ") is too old: PostureLab needs OpenGL 3.3 core. "
                            "Update the graphics driver, or use Mesa's llvmpipe "
                            "(LIBGL_ALWAYS_SOFTWARE=1)");
  }
  return info;
}

namespace {
std::string egl_error_text() {
  return "EGL error 0x" + [] {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04X", static_cast<unsigned>(eglGetError()));
    return std::string(buf);
  }();
}

// Mesa's surfaceless platform first (llvmpipe and Mesa's GPU drivers); where the driver has none,
// as NVIDIA's on a server without a display, the first GPU of the device platform that initialises.
core::Result<EGLDisplay> initialised_display(EGLint& major, EGLint& minor) {
  EGLDisplay display = eglGetPlatformDisplayEXT(EGL_PLATFORM_SURFACELESS_MESA, EGL_DEFAULT_DISPLAY, nullptr);
  if (display != EGL_NO_DISPLAY && eglInitialize(display, &major, &minor)) return display;
  const std::string surfaceless = "the surfaceless platform: " + egl_error_text();
  EGLDeviceEXT devices[8];
  EGLint count = 0;
  if (!eglQueryDevicesEXT || !eglQueryDevicesEXT(8, devices, &count) || count == 0)
    return core::make_error("EGL offers neither a surfaceless platform nor a device (" + surfaceless +
                            "); install libgl1-mesa-dri");
  for (EGLint i = 0; i < count; ++i) {
    display = eglGetPlatformDisplayEXT(EGL_PLATFORM_DEVICE_EXT, devices[i], nullptr);
    if (display != EGL_NO_DISPLAY && eglInitialize(display, &major, &minor)) return display;
  }
  return core::make_error("eglInitialize failed on " + surfaceless + " and on " + std::to_string(count) +
                          " EGL device(s): " + egl_error_text());
}
}  // namespace

core::Result<std::unique_ptr<HeadlessGlContext>> HeadlessGlContext::create() {
  // Without a display, glad's loader only sees EGL 1.0, so eglGetPlatformDisplay (1.5) is null:
  // use the EXT entry point, then load again with the initialised display (docs/reference/platform-notes.md).
  if (gladLoaderLoadEGL(EGL_NO_DISPLAY) == 0)
    return core::make_error("cannot load libEGL: install libegl1 and libgl1-mesa-dri");
  if (!eglGetPlatformDisplayEXT)
    return core::make_error("EGL lacks EGL_EXT_platform_base; headless rendering needs Mesa's EGL");
  EGLint major = 0, minor = 0;
  auto initialised = initialised_display(major, minor);
  if (!initialised) return initialised.error();
  EGLDisplay display = *initialised;
  if (gladLoaderLoadEGL(display) == 0) {
    eglTerminate(display);
    return core::make_error("cannot load EGL " + std::to_string(major) + "." + std::to_string(minor) +
                            " functions");
  }
  if (!eglBindAPI(EGL_OPENGL_API)) {
    eglTerminate(display);
    return core::make_error("EGL cannot bind the desktop OpenGL API: " + egl_error_text());
  }
  // With EGL_KHR_no_config_context no config is needed; otherwise ask for a pbuffer-capable one
  // (eglChooseConfig finds nothing without EGL_PBUFFER_BIT on Mesa).
  EGLConfig config = EGL_NO_CONFIG_KHR;
  if (!GLAD_EGL_KHR_no_config_context) {
    const EGLint config_attribs[] = {EGL_SURFACE_TYPE, EGL_PBUFFER_BIT, EGL_RENDERABLE_TYPE, EGL_OPENGL_BIT,
                                     EGL_NONE};
    EGLint count = 0;
    if (!eglChooseConfig(display, config_attribs, &config, 1, &count) || count == 0) {
      eglTerminate(display);
      return core::make_error("no EGL config for desktop OpenGL: " + egl_error_text());
    }
  }
  const EGLint context_attribs[] = {EGL_CONTEXT_MAJOR_VERSION,
                                    3,
                                    EGL_CONTEXT_MINOR_VERSION,
                                    3,
                                    EGL_CONTEXT_OPENGL_PROFILE_MASK,
                                    EGL_CONTEXT_OPENGL_CORE_PROFILE_BIT,
                                    EGL_NONE};
  EGLContext context = eglCreateContext(display, config, EGL_NO_CONTEXT, context_attribs);
  if (context == EGL_NO_CONTEXT) {
    eglTerminate(display);
    return core::make_error("the graphics driver offers no OpenGL 3.3 core context (" + egl_error_text() +
                            "): PostureLab needs OpenGL 3.3. Update the driver, or use Mesa's software "
                            "renderer (LIBGL_ALWAYS_SOFTWARE=1)");
  }
  if (!eglMakeCurrent(display, EGL_NO_SURFACE, EGL_NO_SURFACE, context)) {
    eglDestroyContext(display, context);
    eglTerminate(display);
    return core::make_error("cannot make the EGL context current without a surface: " + egl_error_text());
  }
  auto info = load_gl(reinterpret_cast<GlProcAddress>(eglGetProcAddress));
  if (!info) {
    eglMakeCurrent(display, EGL_NO_SURFACE, EGL_NO_SURFACE, EGL_NO_CONTEXT);
    eglDestroyContext(display, context);
    eglTerminate(display);
    return info.error();
  }
  std::unique_ptr<HeadlessGlContext> result(new HeadlessGlContext());
  result->display_ = display;
  result->context_ = context;
  result->info_ = *info;
  return result;
}

HeadlessGlContext::~HeadlessGlContext() {
  auto display = static_cast<EGLDisplay>(display_);
  eglMakeCurrent(display, EGL_NO_SURFACE, EGL_NO_SURFACE, EGL_NO_CONTEXT);
  eglDestroyContext(display, static_cast<EGLContext>(context_));
  eglTerminate(display);
}

}  // namespace render
