#pragma once
// The article's "pulley" made visible: each muscle group's pull on the pelvis as an arrow on the
// anatomy, from where it holds the pelvis (or the spine) towards its other end, as wide as its
// force and coloured by which way it turns the pelvis. The app projects the arrows from the posed
// landmarks; force and direction of turning are the model's.
#include <string>

#include <glm/glm.hpp>

namespace ui {

struct MusclePull {
  std::string name_id;             // content text id of the group ("group.hamstrings")
  glm::vec2 from{0.0f}, to{0.0f};  // window pixels: the attachment, and the arrow's tip
  double force_n = 0.0;
  bool tips_forward = false;  // its moment on the pelvis tilts it forward (anterior)
  bool operator==(const MusclePull&) const = default;
};

}  // namespace ui
