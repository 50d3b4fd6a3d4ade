#pragma once
// Where a frame is drawn: a multisampled framebuffer (colour + depth) that is resolved into a
// single-sample framebuffer. The window resolves into its default framebuffer; the headless path
// resolves into its own and reads the pixels back. Resolving with glBlitFramebuffer is what gives
// antialiased edges (reading a multisampled default framebuffer does not).
#include "core/result.h"
#include "render/image.h"

namespace render {

class RenderTarget {
 public:
  RenderTarget() = default;
  ~RenderTarget();
  RenderTarget(const RenderTarget&) = delete;
  RenderTarget& operator=(const RenderTarget&) = delete;

  // (Re)creates the buffers when the size changes; samples are capped by the driver's maximum.
  core::Status resize(int width, int height, int samples = 4);
  int width() const { return width_; }
  int height() const { return height_; }
  int samples() const { return samples_; }

  void bind_multisampled() const;                 // draw the scene here
  void clear() const;                             // binds it and clears to transparent black, far depth
  void resolve_into(unsigned framebuffer) const;  // blit colour into another framebuffer (0 = window)
  void resolve() const { resolve_into(resolved_fbo_); }
  void bind_resolved() const;                              // draw overlays (the UI) on the resolved image
  Image read_resolved(Alpha alpha = Alpha::opaque) const;  // RGBA, top row first

 private:
  void release();
  int width_ = 0, height_ = 0, samples_ = 0;
  unsigned msaa_fbo_ = 0, msaa_color_ = 0, msaa_depth_ = 0;
  unsigned resolved_fbo_ = 0, resolved_color_ = 0;
};

}  // namespace render
