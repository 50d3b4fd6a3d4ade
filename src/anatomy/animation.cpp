#include "anatomy/animation.h"

#include <algorithm>
#include <cmath>

namespace anatomy {
namespace {

glm::vec4 sample(const AnimationChannel& channel, float t) {
  const auto& times = channel.times_s;
  const bool cubic = channel.interpolation == Interpolation::cubic_spline;
  auto value_at = [&](std::size_t key) { return channel.values[cubic ? key * 3 + 1 : key]; };
  if (t <= times.front()) return value_at(0);
  if (t >= times.back()) return value_at(times.size() - 1);
  const auto upper = static_cast<std::size_t>(std::upper_bound(times.begin(), times.end(), t) - times.begin());
  const std::size_t k = upper - 1;
  const float span = times[upper] - times[k];
  const float u = (t - times[k]) / span;
  if (channel.interpolation == Interpolation::step) return value_at(k);
  if (cubic) {
    // Hermite spline of glTF 2.0 Appendix C: tangents are stored scaled per second.
    const glm::vec4 p0 = value_at(k), p1 = value_at(upper);
    const glm::vec4 m0 = channel.values[k * 3 + 2] * span, m1 = channel.values[upper * 3] * span;
    const float u2 = u * u, u3 = u2 * u;
    return (2 * u3 - 3 * u2 + 1) * p0 + (u3 - 2 * u2 + u) * m0 + (-2 * u3 + 3 * u2) * p1 + (u3 - u2) * m1;
  }
  if (channel.property == AnimatedProperty::rotation) {
    const glm::vec4 a = value_at(k), b = value_at(upper);
    const glm::quat q = glm::slerp(glm::quat(a.w, a.x, a.y, a.z), glm::quat(b.w, b.x, b.y, b.z), u);
    return {q.x, q.y, q.z, q.w};
  }
  return glm::mix(value_at(k), value_at(upper), u);
}

} // namespace

void sample_animation(const Animation& animation, float time_s, std::vector<Transform>& locals) {
  const float t = animation.duration_s > 0.0f ? std::fmod(std::max(time_s, 0.0f), animation.duration_s) : 0.0f;
  for (const AnimationChannel& channel : animation.channels) {
    const glm::vec4 v = sample(channel, t);
    Transform& local = locals[static_cast<std::size_t>(channel.node)];
    switch (channel.property) {
      case AnimatedProperty::translation: local.translation = glm::vec3(v); break;
      case AnimatedProperty::scale: local.scale = glm::vec3(v); break;
      case AnimatedProperty::rotation: {
        const glm::quat q(v.w, v.x, v.y, v.z);
        local.rotation = glm::length(q) > 0.0f ? glm::normalize(q) : glm::quat(1.0f, 0.0f, 0.0f, 0.0f);
        break;
      }
    }
  }
}

} // namespace anatomy
