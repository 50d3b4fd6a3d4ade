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
  const auto upper =
      static_cast<std::size_t>(std::upper_bound(times.begin(), times.end(), t) - times.begin());
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

}  // namespace

void sample_animation(const Animation& animation, float time_s, std::vector<Transform>& locals) {
  const float t =
      animation.duration_s > 0.0f ? std::fmod(std::max(time_s, 0.0f), animation.duration_s) : 0.0f;
  for (const AnimationChannel& channel : animation.channels) {
    const glm::vec4 v = sample(channel, t);
    Transform& local = locals[static_cast<std::size_t>(channel.node)];
    switch (channel.property) {
      case AnimatedProperty::translation:
        local.translation = glm::vec3(v);
        break;
      case AnimatedProperty::scale:
        local.scale = glm::vec3(v);
        break;
      case AnimatedProperty::rotation: {
        const glm::quat q(v.w, v.x, v.y, v.z);
        local.rotation = glm::length(q) > 0.0f ? glm::normalize(q) : glm::quat(1.0f, 0.0f, 0.0f, 0.0f);
        break;
      }
    }
  }
}

}  // namespace anatomy

namespace anatomy {

float ease_in_out(float progress) {
  const float t = std::clamp(progress, 0.0f, 1.0f);
  return t * t * (3.0f - 2.0f * t);
}

bool PoseAnimator::animating() const {
  return fade_ || !current_.animation.empty() || pose_distance(current_, target_) > 0.05f;
}

void PoseAnimator::update(const Scene& scene, const Rig& rig, float dt_s, bool snap) {
  if (snap || !started_) {
    snap_to_target(scene, rig, dt_s);
    return;
  }
  dt_s = std::max(dt_s, 0.0f);
  if (current_.animation != target_.animation)
    start_crossfade(scene, rig);
  else if (!current_.animation.empty())
    current_.animation_time_s += dt_s;
  // The clip's own clock, not the target's (which only names the clip).
  const float clip_time_s = current_.animation_time_s;
  current_ = approach(current_, target_, dt_s, kGlideTau_s);
  current_.animation_time_s = clip_time_s;
  if (fade_)
    show_crossfade(scene, rig, dt_s);
  else
    posed_ = evaluate_pose(scene, rig, current_);
}

void PoseAnimator::snap_to_target(const Scene& scene, const Rig& rig, float dt_s) {
  const bool same_clip = started_ && current_.animation == target_.animation;
  const float clip_time_s = current_.animation_time_s + std::max(dt_s, 0.0f);
  current_ = target_;
  // A clip shown at once starts at its beginning (the gait: heel strike, a full stride), so
  // screenshots show it as authored; there is nothing on screen to blend from.
  current_.animation_time_s = same_clip ? clip_time_s : 0.0f;
  started_ = true;
  fade_.reset();
  posed_ = evaluate_pose(scene, rig, current_);
}

void PoseAnimator::start_crossfade(const Scene& scene, const Rig& rig) {
  Crossfade fade;
  // A fade cut short by another switch has no single pose to keep playing: it fades out from what
  // was on screen.
  if (fade_)
    fade.from_frozen = std::move(fade_->shown);
  else
    fade.from = current_;
  current_.animation = target_.animation;
  current_.animation_time_s =
      current_.animation.empty() ? 0.0f : clip_time_closest_to(scene, rig, current_, posed_);
  fade_ = std::move(fade);
}

void PoseAnimator::show_crossfade(const Scene& scene, const Rig& rig, float dt_s) {
  Crossfade& fade = *fade_;
  fade.elapsed_s += dt_s;
  if (fade.elapsed_s >= kCrossfade_s) {
    // Done: exactly the pose faded into, from now on evaluated alone.
    fade_.reset();
    posed_ = evaluate_pose(scene, rig, current_);
    return;
  }
  if (fade.from && !fade.from->animation.empty()) fade.from->animation_time_s += dt_s;
  const std::vector<Transform> from = fade.from ? evaluate_locals(scene, rig, *fade.from) : fade.from_frozen;
  fade.shown =
      blend_locals(from, evaluate_locals(scene, rig, current_), ease_in_out(fade.elapsed_s / kCrossfade_s));
  posed_ = posed_from_locals(scene, fade.shown);
}

}  // namespace anatomy
