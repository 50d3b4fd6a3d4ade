#pragma once
// Where a point of the anatomy (a structure's anchor or a landmark) lands on screen this frame: render
// projects it, the UI hangs callouts on it. One plain value both modules read.
#include <string>

#include <glm/glm.hpp>

namespace anatomy {

struct ScreenAnchor {
  std::string id;  // landmark id ("asis.l") or structure id ("disc.L5-S1")
  glm::vec3 world{0.0f};
  glm::vec2 pixel{0.0f};   // window pixels, origin top left
  float depth_m = 0.0f;    // distance from the eye, for sorting and fading
  bool on_screen = false;  // in front of the camera and inside the window
  bool far_side = false;   // beyond the body's middle as the eye sees it: its callout fades
};

}  // namespace anatomy
