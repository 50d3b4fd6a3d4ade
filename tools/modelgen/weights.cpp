#include "weights.h"

#include "skeleton.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace modelgen {

float smoothstep(float edge0, float edge1, float x) {
  const float t = std::clamp((x - edge0) / (edge1 - edge0), 0.0f, 1.0f);
  return t * t * (3.0f - 2.0f * t);
}

SkinInfluence make_influence(std::vector<std::pair<int, float>> weights) {
  std::vector<std::pair<int, float>> merged;
  for (const auto& [joint, w] : weights) {
    if (w <= 1e-4f) {
      continue;
    }
    auto it = std::find_if(merged.begin(), merged.end(), [&](const auto& m) { return m.first == joint; });
    if (it == merged.end()) {
      merged.emplace_back(joint, w);
    } else {
      it->second += w;
    }
  }
  std::sort(merged.begin(), merged.end(), [](const auto& a, const auto& b) {
    return a.second != b.second ? a.second > b.second : a.first < b.first;
  });
  if (merged.size() > 4) {
    merged.resize(4);
  }
  if (merged.empty()) {
    merged.emplace_back(j_pelvis, 1.0f);
  }
  // Quantise so the float weights sum to exactly 1 within float precision.
  float total = 0.0f;
  for (const auto& m : merged) {
    total += m.second;
  }
  SkinInfluence out;
  out.joints = {0, 0, 0, 0};
  out.weights = {0.0f, 0.0f, 0.0f, 0.0f};
  float assigned = 0.0f;
  for (std::size_t i = 0; i < merged.size(); ++i) {
    const auto slot = static_cast<glm::length_t>(i);
    out.joints[slot] = static_cast<std::uint16_t>(merged[i].first);
    float w = std::round(merged[i].second / total * 4096.0f) / 4096.0f;
    if (i + 1 == merged.size()) {
      w = 1.0f - assigned;
    }
    out.weights[slot] = w;
    assigned += w;
  }
  // Drop slots that rounded to zero (their joint must then be 0).
  for (glm::length_t i = 0; i < 4; ++i) {
    if (out.weights[i] <= 0.0f) {
      out.weights[i] = 0.0f;
      out.joints[i] = 0;
    }
  }
  return out;
}

SkinInfluence rigid(int joint) { return make_influence({{joint, 1.0f}}); }

std::vector<std::pair<int, float>> trunk_weights(glm::vec3 p) {
  // Control heights: the pelvis below the L5-S1 region, then each vertebral body centre.
  static const std::array<std::pair<int, float>, 7> levels = [] {
    std::array<std::pair<int, float>, 7> l{};
    l[0] = {j_pelvis, 1.040f};
    const auto& v = vertebrae();
    for (std::size_t i = 0; i < 6; ++i) {
      l[i + 1] = {v[5 - i].joint, v[5 - i].centre.y};  // L5 first ... T12 last
    }
    return l;
  }();
  const float y = p.y;
  if (y <= levels.front().second) {
    return {{levels.front().first, 1.0f}};
  }
  if (y >= levels.back().second) {
    return {{levels.back().first, 1.0f}};
  }
  for (std::size_t i = 0; i + 1 < levels.size(); ++i) {
    if (y <= levels[i + 1].second) {
      const float f = smoothstep(levels[i].second, levels[i + 1].second, y);
      return {{levels[i].first, 1.0f - f}, {levels[i + 1].first, f}};
    }
  }
  return {{levels.back().first, 1.0f}};
}

SkinInfluence body_skin_weights(glm::vec3 p) {
  // Share of the leg chain: the groin crease sits higher in front than the gluteal fold behind.
  const float back = smoothstep(0.03f, -0.06f, p.z);
  const float upper = 0.95f - 0.06f * back;
  const float lower = 0.84f - 0.05f * back;
  const float leg = smoothstep(upper, lower, p.y);
  const float left = smoothstep(-0.025f, 0.025f, p.x);
  std::vector<std::pair<int, float>> w;
  for (const auto& [joint, tw] : trunk_weights(p)) {
    w.emplace_back(joint, tw * (1.0f - leg));
  }
  const float knee = smoothstep(0.57f, 0.46f, p.y);
  const float ankle = smoothstep(0.115f, 0.065f, p.y);
  for (const Side side : {Side::left, Side::right}) {
    const float s = leg * (side == Side::left ? left : 1.0f - left);
    w.emplace_back(hip_joint(side), s * (1.0f - knee));
    w.emplace_back(knee_joint(side), s * knee * (1.0f - ankle));
    w.emplace_back(ankle_joint(side), s * knee * ankle);
  }
  return make_influence(std::move(w));
}

}  // namespace modelgen
