#pragma once
// Getting an OpenGL 3.3 core context: headless through EGL (Mesa's surfaceless platform, else an EGL
// device: no X server either way),
// or from a window whose context is already current (GLFW passes its proc-address function).
#include <memory>
#include <string>

#include "core/result.h"

namespace render {

using GlProcAddress = void (*(*)(const char*))();

struct GlInfo {
  std::string vendor;
  std::string renderer;
  std::string version;
  int major = 0;
  int minor = 0;
};

// Loads the GL entry points for the current context and checks that it is 3.3 core or newer.
core::Result<GlInfo> load_gl(GlProcAddress get_proc_address);

class HeadlessGlContext {
 public:
  // Creates an EGL surfaceless context and makes it current; the error says what failed and why.
  static core::Result<std::unique_ptr<HeadlessGlContext>> create();
  ~HeadlessGlContext();
  HeadlessGlContext(const HeadlessGlContext&) = delete;
  HeadlessGlContext& operator=(const HeadlessGlContext&) = delete;

  const GlInfo& info() const { return info_; }

 private:
  HeadlessGlContext() = default;
  void* display_ = nullptr;
  void* context_ = nullptr;
  GlInfo info_;
};

}  // namespace render
