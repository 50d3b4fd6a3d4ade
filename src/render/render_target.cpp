#include "render/render_target.h"

#include "render/gl_api.h"

#include <algorithm>
#include <cstring>
#include <string>

namespace render {

RenderTarget::~RenderTarget() { release(); }

void RenderTarget::release() {
  if (msaa_fbo_) glDeleteFramebuffers(1, &msaa_fbo_);
  if (resolved_fbo_) glDeleteFramebuffers(1, &resolved_fbo_);
  const GLuint renderbuffers[] = {msaa_color_, msaa_depth_, resolved_color_};
  glDeleteRenderbuffers(3, renderbuffers);
  msaa_fbo_ = msaa_color_ = msaa_depth_ = resolved_fbo_ = resolved_color_ = 0;
  width_ = height_ = 0;
}

core::Status RenderTarget::resize(int width, int height, int samples) {
  GLint max_samples = 0;
  glGetIntegerv(GL_MAX_SAMPLES, &max_samples);
  samples = std::clamp(samples, 0, static_cast<int>(max_samples));
  if (width == width_ && height == height_ && samples == samples_ && msaa_fbo_) return {};
  GLint max_size = 0;
  glGetIntegerv(GL_MAX_RENDERBUFFER_SIZE, &max_size);
  if (width <= 0 || height <= 0 || width > max_size || height > max_size)
    return core::make_error("frame size " + std::to_string(width) + "x" + std::to_string(height) +
                            " is not supported (1.." + std::to_string(max_size) + " pixels per side)");
  release();
  width_ = width;
  height_ = height;
  samples_ = samples;

  glGenRenderbuffers(1, &msaa_color_);
  glBindRenderbuffer(GL_RENDERBUFFER, msaa_color_);
  glRenderbufferStorageMultisample(GL_RENDERBUFFER, samples, GL_RGBA8, width, height);
  glGenRenderbuffers(1, &msaa_depth_);
  glBindRenderbuffer(GL_RENDERBUFFER, msaa_depth_);
  glRenderbufferStorageMultisample(GL_RENDERBUFFER, samples, GL_DEPTH24_STENCIL8, width, height);
  glGenFramebuffers(1, &msaa_fbo_);
  glBindFramebuffer(GL_FRAMEBUFFER, msaa_fbo_);
  glFramebufferRenderbuffer(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_RENDERBUFFER, msaa_color_);
  glFramebufferRenderbuffer(GL_FRAMEBUFFER, GL_DEPTH_STENCIL_ATTACHMENT, GL_RENDERBUFFER, msaa_depth_);
  const GLenum msaa_status = glCheckFramebufferStatus(GL_FRAMEBUFFER);

  glGenRenderbuffers(1, &resolved_color_);
  glBindRenderbuffer(GL_RENDERBUFFER, resolved_color_);
  glRenderbufferStorage(GL_RENDERBUFFER, GL_RGBA8, width, height);
  glGenFramebuffers(1, &resolved_fbo_);
  glBindFramebuffer(GL_FRAMEBUFFER, resolved_fbo_);
  glFramebufferRenderbuffer(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_RENDERBUFFER, resolved_color_);
  const GLenum resolved_status = glCheckFramebufferStatus(GL_FRAMEBUFFER);
  glBindFramebuffer(GL_FRAMEBUFFER, 0);

  if (msaa_status != GL_FRAMEBUFFER_COMPLETE || resolved_status != GL_FRAMEBUFFER_COMPLETE) {
    release();
    return core::make_error("the GPU cannot create a " + std::to_string(samples) +
                            "x multisampled framebuffer; try a smaller size");
  }
  return {};
}

void RenderTarget::bind_multisampled() const {
  glBindFramebuffer(GL_FRAMEBUFFER, msaa_fbo_);
  glViewport(0, 0, width_, height_);
}

void RenderTarget::clear() const {
  bind_multisampled();
  glDisable(GL_SCISSOR_TEST);
  glClearColor(0.0f, 0.0f, 0.0f, 0.0f);
  gl::clear_depth(1.0f);
  glClearStencil(0);
  glDepthMask(GL_TRUE);
  glStencilMask(0xFF);
  glClear(GL_COLOR_BUFFER_BIT | GL_DEPTH_BUFFER_BIT | GL_STENCIL_BUFFER_BIT);
}

void RenderTarget::resolve_into(unsigned framebuffer) const {
  glBindFramebuffer(GL_READ_FRAMEBUFFER, msaa_fbo_);
  glBindFramebuffer(GL_DRAW_FRAMEBUFFER, framebuffer);
  glBlitFramebuffer(0, 0, width_, height_, 0, 0, width_, height_, GL_COLOR_BUFFER_BIT, GL_NEAREST);
  glBindFramebuffer(GL_FRAMEBUFFER, framebuffer);
}

void RenderTarget::bind_resolved() const {
  glBindFramebuffer(GL_FRAMEBUFFER, resolved_fbo_);
  glViewport(0, 0, width_, height_);
}

Image RenderTarget::read_resolved(Alpha alpha) const {
  Image image;
  image.width = width_;
  image.height = height_;
  image.rgba.resize(static_cast<std::size_t>(width_) * static_cast<std::size_t>(height_) * 4);
  glBindFramebuffer(GL_READ_FRAMEBUFFER, resolved_fbo_);
  glPixelStorei(GL_PACK_ALIGNMENT, 1);
  glReadPixels(0, 0, width_, height_, GL_RGBA, GL_UNSIGNED_BYTE, image.rgba.data());
  // GL rows start at the bottom; images start at the top.
  const std::size_t row = static_cast<std::size_t>(width_) * 4;
  std::vector<std::uint8_t> swap(row);
  for (int y = 0; y < height_ / 2; ++y) {
    std::uint8_t* a = image.rgba.data() + static_cast<std::size_t>(y) * row;
    std::uint8_t* b = image.rgba.data() + static_cast<std::size_t>(height_ - 1 - y) * row;
    std::memcpy(swap.data(), a, row);
    std::memcpy(a, b, row);
    std::memcpy(b, swap.data(), row);
  }
  glBindFramebuffer(GL_FRAMEBUFFER, 0);
  finish_alpha(image, alpha);
  return image;
}

}  // namespace render
