#include "animations.h"

#include "skeleton.h"
#include "weights.h"

#include <glm/gtc/quaternion.hpp>

#include <cmath>
#include <functional>

namespace modelgen {

namespace {

constexpr float pi = 3.14159265358979f;
constexpr float deg = pi / 180.0f;
constexpr float fps = 30.0f;

struct Pose {
  std::array<glm::vec3, joint_count> euler_deg{};  // X, then Z, then Y (applied as Y * Z * X)
  glm::vec3 root_offset{0.0f};                     // added to the pelvis rest translation
};

glm::vec4 quaternion(glm::vec3 e) {
  const glm::quat q = glm::angleAxis(e.y * deg, glm::vec3(0, 1, 0)) *
                      glm::angleAxis(e.z * deg, glm::vec3(0, 0, 1)) *
                      glm::angleAxis(e.x * deg, glm::vec3(1, 0, 0));
  const glm::quat n = glm::normalize(q);
  return {n.x, n.y, n.z, n.w};
}

Animation sample(const std::string& name, float duration, const std::function<Pose(float)>& pose_at) {
  Animation a;
  a.name = name;
  const int frames = static_cast<int>(std::round(duration * fps));
  for (int f = 0; f <= frames; ++f) {
    a.times.push_back(static_cast<float>(f) / fps);
  }
  std::vector<Pose> poses;
  for (const float t : a.times) {
    poses.push_back(pose_at(t));
  }
  Channel root{j_pelvis, true, {}};
  for (const Pose& p : poses) {
    root.values.emplace_back(joints()[j_pelvis].position + p.root_offset, 0.0f);
  }
  a.channels.push_back(std::move(root));
  for (int j = 0; j < joint_count; ++j) {
    Channel c{j, false, {}};
    for (const Pose& p : poses) {
      c.values.push_back(quaternion(p.euler_deg[static_cast<std::size_t>(j)]));
    }
    a.channels.push_back(std::move(c));
  }
  return a;
}

float bump(float phase, float centre, float width) {
  float d = phase - centre;
  d -= std::round(d);  // periodic distance
  return std::exp(-(d / width) * (d / width));
}

// Hip (world) position that keeps the ankle where it is, for thigh and shank angles about X.
glm::vec2 hip_from_ankle(float thigh_deg, float shank_deg) {
  const auto& j = joints();
  const float shank = j[j_knee_r].position.y - j[j_ankle_r].position.y;
  const float thigh = j[j_hip_r].position.y - j[j_knee_r].position.y;
  auto rot = [](glm::vec2 yz, float a) {
    return glm::vec2(yz.x * std::cos(a) - yz.y * std::sin(a), yz.x * std::sin(a) + yz.y * std::cos(a));
  };
  const glm::vec2 ankle{j[j_ankle_r].position.y, j[j_ankle_r].position.z};
  const glm::vec2 knee = ankle + rot({shank, 0.0f}, shank_deg * deg);
  return knee + rot({thigh, 0.0f}, thigh_deg * deg);
}

void set_legs(Pose& p, float hip, float knee, float ankle) {
  for (const Side side : {Side::left, Side::right}) {
    p.euler_deg[static_cast<std::size_t>(hip_joint(side))].x = hip;
    p.euler_deg[static_cast<std::size_t>(knee_joint(side))].x = knee;
    p.euler_deg[static_cast<std::size_t>(ankle_joint(side))].x = ankle;
  }
}

// Pelvis tilt `tilt`, lumbar flexion spread over the levels, hips and knees chosen so that the
// feet stay flat on the floor where they are.
Pose planted(float tilt, float lumbar_flexion, float thigh_world, float shank_world) {
  Pose p;
  p.euler_deg[j_pelvis].x = tilt;
  const std::array<int, 6> levels{j_L5, j_L4, j_L3, j_L2, j_L1, j_T12};
  const std::array<float, 6> share{0.22f, 0.22f, 0.2f, 0.16f, 0.12f, 0.08f};
  for (std::size_t i = 0; i < levels.size(); ++i) {
    p.euler_deg[static_cast<std::size_t>(levels[i])].x = lumbar_flexion * share[i];
  }
  set_legs(p, thigh_world - tilt, shank_world - thigh_world, -shank_world);
  const glm::vec2 hip = hip_from_ankle(thigh_world, shank_world);
  const glm::vec3 rest = joints()[j_pelvis].position;
  p.root_offset = {0.0f, hip.x - rest.y, hip.y - joints()[j_hip_r].position.z};
  return p;
}

}  // namespace

void add_animations(Model& model) {
  // One walking stride in place (treadmill), right heel strike at t = 0.
  model.animations.push_back(sample("gait", 1.1f, [](float t) {
    const float phase = t / 1.1f;
    Pose p;
    for (const Side side : {Side::left, Side::right}) {
      const float ph = side == Side::right ? phase : phase + 0.5f;
      const float flexion = 10.0f + 20.0f * std::cos(2.0f * pi * ph) + 6.0f * bump(ph, 0.85f, 0.1f);
      const float knee = 5.0f + 12.0f * bump(ph, 0.15f, 0.08f) + 57.0f * bump(ph, 0.72f, 0.12f);
      const float plantar = -4.0f + 17.0f * bump(ph, 0.62f, 0.07f) - 6.0f * bump(ph, 0.45f, 0.12f) +
                            4.0f * bump(ph, 0.05f, 0.05f);
      p.euler_deg[static_cast<std::size_t>(hip_joint(side))].x = -flexion;
      p.euler_deg[static_cast<std::size_t>(knee_joint(side))].x = knee;
      p.euler_deg[static_cast<std::size_t>(ankle_joint(side))].x = plantar;
    }
    p.euler_deg[j_pelvis] = {2.0f * std::sin(4.0f * pi * phase), 4.0f * std::cos(2.0f * pi * phase),
                             3.0f * std::sin(2.0f * pi * phase)};
    p.euler_deg[j_L3].y = -2.0f * std::cos(2.0f * pi * phase);
    p.euler_deg[j_L1].y = -2.0f * std::cos(2.0f * pi * phase);
    p.root_offset = {0.0f, 0.012f * std::cos(4.0f * pi * phase) - 0.012f, 0.0f};
    return p;
  }));
  // Bend forward from standing and come back up (4 s).
  model.animations.push_back(sample("forward_bend", 4.0f, [](float t) {
    const float s = t < 2.0f ? smoothstep(0.0f, 1.6f, t) : smoothstep(4.0f, 2.4f, t);
    return planted(55.0f * s, 45.0f * s, 0.0f, 0.0f);
  }));
  // Sit down on a chair of knee height (2.5 s): thighs horizontal, shanks vertical.
  model.animations.push_back(sample("sit_down", 2.5f, [](float t) {
    const float s = smoothstep(0.0f, 2.2f, t);
    const float lean = 25.0f * std::sin(pi * smoothstep(0.0f, 2.2f, t));  // trunk leans forward to rise
    return planted(-10.0f * s + lean, 10.0f * s, -90.0f * s, -10.0f * std::sin(pi * s));
  }));
}

}  // namespace modelgen
