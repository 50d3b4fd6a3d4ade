#include "muscles.h"

#include "real_bones.h"

#include "sdf.h"
#include "skeleton.h"
#include "surface_index.h"
#include "sweep.h"
#include "weights.h"

#include <cmath>
#include <functional>
#include <stdexcept>

namespace modelgen {

namespace {

using V = glm::vec3;
constexpr int trunk_tag = -1;  // weight by height along the lumbar column
constexpr float pi = 3.14159265358979f;

// Joint tags are written for the right side and mapped per side.
enum Tag : int { t_trunk = -1, t_pelvis = 100, t_hip, t_knee, t_ankle };

struct Bundle {
  std::vector<V> points;  // right side, origin first
  std::vector<int> tags;  // one per point
  std::function<glm::vec2(float)> radii;
  V flatten{1.0f, 0.0f, 0.0f};
  // Fewer rings and segments than a close-up would want: at the app's viewing distance a belly
  // ring spacing of ~1.5 cm and 12 segments around keep the silhouette smooth (sagitta < 1 px).
  int rings = 20;
  int segments = 12;
  bool wrap = false;  // bend the cross-section around wrap_from -> wrap_to (see SweepSpec)
  V wrap_from{0.0f}, wrap_to{0.0f};
};

struct Def {
  std::string name;      // "semimembranosus"
  std::string display;   // "semimembranosus"
  std::string category;  // muscle / tendon
  std::string group;
  std::string origin_bone, insertion_bone;  // "pelvis", "tibia" (paired get the side suffix)
  std::vector<Bundle> bundles;
  bool push_off_bones = true;
};

// Elliptical belly from tendon-thin ends to a peak cross-section `area_cm2` with aspect a/b.
std::function<glm::vec2(float)> belly(float area_cm2, float aspect, float start, float end, float tendon_r,
                                      float skew = 0.0f) {
  const float ab = area_cm2 * 1e-4f / pi;
  const float b = std::sqrt(ab / aspect);
  const float a = b * aspect;
  return [=](float t) {
    float f = belly_profile(t, start, end);
    if (skew != 0.0f) {
      f *= 1.0f + skew * (t - 0.5f * (start + end));
    }
    return glm::vec2(std::max(tendon_r, a * f), std::max(tendon_r, b * f));
  };
}

std::function<glm::vec2(float)> constant(float a, float b) {
  return [=](float) { return glm::vec2(a, b); };
}

int map_tag(int tag, Side side) {
  switch (tag) {
    case t_pelvis:
      return j_pelvis;
    case t_hip:
      return hip_joint(side);
    case t_knee:
      return knee_joint(side);
    case t_ankle:
      return ankle_joint(side);
    default:
      return tag;
  }
}

std::vector<std::pair<int, float>> tag_weights(int tag, Side side, V p) {
  if (tag == trunk_tag) {
    return trunk_weights(p);
  }
  return {{map_tag(tag, side), 1.0f}};
}

int bone_joint(const std::string& bone, Side side) {
  if (bone == "pelvis") return j_pelvis;
  if (bone == "sacrum") return j_sacrum;
  if (bone == "T12") return j_T12;
  if (bone == "L1") return j_L1;
  if (bone == "femur") return hip_joint(side);
  if (bone == "tibia" || bone == "fibula" || bone == "patella") return knee_joint(side);
  if (bone == "foot") return ankle_joint(side);
  return j_pelvis;
}

std::string bone_id(const std::string& bone, Side side) {
  const bool midline = bone == "pelvis" || bone == "sacrum" || bone == "T12" || bone.starts_with("L");
  return "bone." + bone + (midline ? "" : side_suffix(side));
}

// Points on the vertebral column at a local offset (x lateral, z from the body's posterior wall).
std::vector<V> column_points(float x, float z_behind) {
  std::vector<V> pts;
  const auto& vs = vertebrae();
  for (std::size_t i = 6; i-- > 0;) {  // L5 up to T12
    const Vertebra& v = vs[i];
    const glm::mat3 f = frame_from_up(v.axis);
    pts.push_back(v.centre + f * V(x, 0.0f, -0.5f * v.depth - z_behind));
  }
  return pts;
}

std::vector<Def> definitions() {
  std::vector<Def> defs;
  // Hamstrings: ischial tuberosity -> behind the knee (gait2392 points, docs/reference/anatomy.md
  // section 4.1).
  const V sm_o = from_pelvis(-0.1192f, -0.09747f, 0.07151f);
  const V sm_i = from_tibia(-0.027f, -0.04771f, -0.01957f);
  defs.push_back({"semimembranosus",
                  "semimembranosus",
                  "muscle",
                  "hamstrings",
                  "pelvis",
                  "tibia",
                  {{{sm_o,
                     {-0.076f, 0.80f, -0.060f},
                     {-0.073f, 0.67f, -0.056f},
                     {-0.068f, 0.565f, -0.050f},
                     {-0.066f, 0.51f, -0.040f},
                     sm_i},
                    {t_pelvis, t_hip, t_hip, t_hip, t_knee, t_knee},
                    belly(13.5f, 1.25f, 0.30f, 0.86f, 0.0045f, 0.8f),
                    {1.0f, 0.0f, 0.0f}}}});
  const V st_o = from_pelvis(-0.12635f, -0.10988f, 0.06039f);
  defs.push_back({"semitendinosus",
                  "semitendinosus",
                  "muscle",
                  "hamstrings",
                  "pelvis",
                  "tibia",
                  {{{st_o,
                     {-0.068f, 0.80f, -0.074f},
                     {-0.064f, 0.66f, -0.070f},
                     {-0.059f, 0.555f, -0.056f},
                     from_tibia(-0.03322f, -0.05282f, -0.02288f),
                     from_tibia(-0.0113f, -0.0746f, -0.0245f),
                     from_tibia(0.0027f, -0.0956f, -0.0193f)},
                    {t_pelvis, t_hip, t_hip, t_hip, t_knee, t_knee, t_knee},
                    belly(10.0f, 1.15f, 0.10f, 0.60f, 0.0032f),
                    {1.0f, 0.0f, 0.0f}}}});
  const V bf_o = from_pelvis(-0.12596f, -0.10257f, 0.06944f);
  const V bf_t1 = from_tibia(-0.0301f, -0.036f, 0.02943f);
  const V bf_i = from_tibia(-0.0234f, -0.0563f, 0.0343f);
  defs.push_back(
      {"biceps_femoris_long",
       "biceps femoris, long head",
       "muscle",
       "hamstrings",
       "pelvis",
       "fibula",
       {{{bf_o, {-0.088f, 0.79f, -0.072f}, {-0.104f, 0.66f, -0.066f}, {-0.114f, 0.56f, -0.050f}, bf_t1, bf_i},
         {t_pelvis, t_hip, t_hip, t_hip, t_knee, t_knee},
         belly(11.0f, 1.2f, 0.15f, 0.80f, 0.0042f),
         {1.0f, 0.0f, 0.0f}}}});
  defs.push_back(
      {"biceps_femoris_short",
       "biceps femoris, short head",
       "muscle",
       "hamstrings",
       "femur",
       "fibula",
       {{{{-0.112f, 0.703f, -0.010f}, {-0.120f, 0.630f, -0.030f}, {-0.121f, 0.550f, -0.038f}, bf_t1, bf_i},
         {t_hip, t_hip, t_hip, t_knee, t_knee},
         belly(7.0f, 1.3f, 0.12f, 0.78f, 0.0040f),
         {1.0f, 0.0f, 0.0f}}}});
  // Quadriceps to the patella base (the tendons are separate structures).
  const V rf_o = from_pelvis(-0.0295f, -0.0311f, 0.0968f);
  // The patella is the scanned one (real_bones.h): the quadriceps end on its base, and the points
  // that lead there move with it from where the design drawing had the patella.
  const V patella_base = real_skeleton().landmarks.at("patella_base");
  const V knee_shift = patella_base - V(-0.086f, 0.541f, 0.056f);
  defs.push_back({"rectus_femoris",
                  "rectus femoris",
                  "muscle",
                  "quadriceps",
                  "pelvis",
                  "patella",
                  {{{rf_o,
                     {-0.104f, 0.90f, 0.060f},
                     {-0.101f, 0.78f, 0.066f},
                     {-0.094f, 0.66f, 0.064f},
                     V{-0.089f, 0.59f, 0.058f} + knee_shift,
                     patella_base},
                    {t_pelvis, t_hip, t_hip, t_hip, t_hip, t_knee},
                    belly(12.0f, 1.2f, 0.14f, 0.76f, 0.004f),
                    {1.0f, 0.0f, 0.0f}}}});
  // The vasti are curved shells around the femoral shaft (wrap): lateralis over the lateral side,
  // medialis on the medial side with its bulk (the teardrop) just above the knee, intermedius deep
  // in front.
  const V femur_from{-0.127f, 0.872f, -0.006f}, femur_to{-0.088f, 0.520f, 0.000f};
  defs.push_back({"vastus_lateralis",
                  "vastus lateralis",
                  "muscle",
                  "quadriceps",
                  "femur",
                  "patella",
                  {{{{-0.141f, 0.872f, -0.004f},
                     {-0.150f, 0.80f, 0.004f},
                     {-0.149f, 0.70f, 0.014f},
                     {-0.136f, 0.61f, 0.026f},
                     V{-0.114f, 0.555f, 0.044f} + knee_shift,
                     V{-0.098f, 0.538f, 0.054f} + knee_shift},
                    {t_hip, t_hip, t_hip, t_hip, t_hip, t_knee},
                    belly(20.0f, 2.4f, 0.12f, 0.86f, 0.0045f),
                    {1.0f, 0.0f, 0.0f},
                    20,
                    16,
                    true,
                    femur_from,
                    femur_to}}});
  defs.push_back({"vastus_medialis",
                  "vastus medialis",
                  "muscle",
                  "quadriceps",
                  "femur",
                  "patella",
                  {{{{-0.099f, 0.842f, -0.006f},
                     {-0.088f, 0.74f, 0.002f},
                     {-0.074f, 0.64f, 0.014f},
                     {-0.063f, 0.575f, 0.030f},
                     V{-0.068f, 0.537f, 0.048f} + knee_shift,
                     V{-0.074f, 0.528f, 0.054f} + knee_shift},
                    {t_hip, t_hip, t_hip, t_hip, t_hip, t_knee},
                    belly(20.0f, 1.8f, 0.30f, 0.88f, 0.0040f, 1.6f),
                    {1.0f, 0.0f, 0.0f},
                    20,
                    16,
                    true,
                    femur_from,
                    femur_to}}});
  defs.push_back({"vastus_intermedius",
                  "vastus intermedius",
                  "muscle",
                  "quadriceps",
                  "femur",
                  "patella",
                  {{{{-0.124f, 0.845f, 0.012f},
                     {-0.117f, 0.76f, 0.027f},
                     {-0.107f, 0.66f, 0.032f},
                     V{-0.096f, 0.585f, 0.036f} + knee_shift,
                     V{-0.087f, 0.536f, 0.046f} + knee_shift},
                    {t_hip, t_hip, t_hip, t_hip, t_knee},
                    belly(11.0f, 2.6f, 0.08f, 0.85f, 0.004f),
                    {1.0f, 0.0f, 0.0f},
                    20,
                    16,
                    true,
                    femur_from,
                    femur_to}}});
  // Hip flexors.
  const V il_o = from_pelvis(-0.0674f, 0.0365f, 0.0854f);
  const V brim = from_pelvis(-0.0288f, -0.0805f, 0.0816f);
  defs.push_back({"iliacus",
                  "iliacus",
                  "muscle",
                  "hip_flexors",
                  "pelvis",
                  "femur",
                  {{{il_o,
                     {-0.085f, 0.985f, 0.030f},
                     from_pelvis(-0.0258f, -0.055f, 0.0811f),
                     brim,
                     from_femur(0.0017f, -0.0543f, 0.0057f),
                     from_femur(-0.0193f, -0.0621f, 0.0129f)},
                    {t_pelvis, t_pelvis, t_pelvis, t_pelvis, t_hip, t_hip},
                    [](float t) {
                      // A thin fan in the iliac fossa that thickens as it converges on the brim.
                      const float f = belly_profile(t, 0.0f, 0.8f);
                      const float fan = 0.75f + 0.25f * smoothstep(0.0f, 0.18f, t);
                      const float thin = 0.12f + 0.88f * smoothstep(0.0f, 0.35f, t);
                      return glm::vec2(std::max(0.005f, 0.034f * fan * (1.0f - 0.6f * t) * (0.5f + 0.5f * f)),
                                       std::max(0.0012f, 0.010f * f * thin));
                    },
                    {0.05f, 0.0f, 1.0f}}}});
  {
    std::vector<V> pts;
    std::vector<int> tags;
    const auto& vs = vertebrae();
    for (std::size_t i = 0; i < 6; i += 2) {  // T12, L2, L4 lateral to the bodies
      const Vertebra& v = vs[i];
      pts.push_back(v.centre + V(-0.5f * v.width - 0.008f - 0.003f * static_cast<float>(i), 0.0f, 0.004f));
      tags.push_back(t_trunk);
    }
    pts.push_back(from_pelvis(-0.0647f, 0.0887f, 0.0289f) + V(-0.010f, 0.0f, 0.0f));
    tags.push_back(t_trunk);
    pts.push_back(from_pelvis(-0.0238f, -0.057f, 0.0759f));
    tags.push_back(t_pelvis);
    pts.push_back(brim);
    tags.push_back(t_pelvis);
    pts.push_back(from_femur(0.0016f, -0.0507f, 0.0038f));
    tags.push_back(t_hip);
    pts.push_back(from_femur(-0.0188f, -0.0597f, 0.0104f));
    tags.push_back(t_hip);
    defs.push_back({"psoas_major",
                    "psoas major",
                    "muscle",
                    "hip_flexors",
                    "T12",
                    "femur",
                    {{pts,
                      tags,
                      [](float t) {
                        const float grow = 0.45f + 0.55f * smoothstep(0.0f, 0.42f, t);
                        const float end = smoothstep(1.0f, 0.72f, t);
                        const float s = grow * end;
                        return glm::vec2(std::max(0.005f, 0.021f * s), std::max(0.005f, 0.017f * s));
                      },
                      {0.0f, 0.0f, 1.0f},
                      24,
                      12}}});
  }
  // Gluteals: three bundles each, fanning to the femur.
  {
    const auto gmax = [](float t) {
      const float f = belly_profile(t, 0.10f, 0.82f);
      return glm::vec2(std::max(0.006f, 0.044f * f), std::max(0.004f, 0.024f * f));
    };
    Def g{"gluteus_maximus", "gluteus maximus", "muscle", "gluteals", "pelvis", "femur", {}};
    g.bundles.push_back({{from_pelvis(-0.1195f, 0.0612f, 0.0700f),
                          {-0.100f, 0.995f, -0.100f},
                          {-0.128f, 0.925f, -0.078f},
                          from_femur(-0.0277f, -0.0566f, 0.0470f)},
                         {t_pelvis, t_pelvis, t_hip, t_hip},
                         gmax,
                         {1.0f, 0.0f, 0.0f},
                         18,
                         12});
    g.bundles.push_back({{from_pelvis(-0.1349f, 0.0176f, 0.0563f),
                          {-0.084f, 0.945f, -0.118f},
                          {-0.118f, 0.872f, -0.092f},
                          from_femur(-0.0426f, -0.053f, 0.0293f),
                          from_femur(-0.0156f, -0.1016f, 0.0419f)},
                         {t_pelvis, t_pelvis, t_hip, t_hip, t_hip},
                         gmax,
                         {1.0f, 0.0f, 0.0f},
                         18,
                         12});
    g.bundles.push_back({{from_pelvis(-0.1556f, -0.0314f, 0.0058f),
                          {-0.048f, 0.895f, -0.112f},
                          {-0.100f, 0.820f, -0.078f},
                          from_femur(-0.0060f, -0.1419f, 0.0411f)},
                         {t_pelvis, t_pelvis, t_hip, t_hip},
                         gmax,
                         {1.0f, 0.0f, 0.0f},
                         18,
                         12});
    defs.push_back(std::move(g));
    // A fan: broad and thin along its origin under the crest, thick in the middle, converging on
    // the greater trochanter.
    const auto gmed = [](float t) {
      const float wide = 0.020f + 0.010f * smoothstep(0.75f, 0.0f, t);
      const float f = belly_profile(t, 0.0f, 0.75f);
      const float thin = 0.15f + 0.85f * smoothstep(0.0f, 0.40f, t);
      return glm::vec2(std::max(0.005f, wide * f), std::max(0.0013f, 0.011f * f * thin));
    };
    const V gt{-0.141f, 0.916f, -0.020f};
    Def m{"gluteus_medius", "gluteus medius", "muscle", "gluteals", "pelvis", "femur", {}};
    m.bundles.push_back(
        {{{-0.128f, 1.050f, 0.000f}, {-0.150f, 1.000f, -0.004f}, {-0.156f, 0.945f, -0.014f}, gt},
         {t_pelvis, t_pelvis, t_hip, t_hip},
         gmed,
         {0.0f, 0.0f, 1.0f},
         16,
         10});
    m.bundles.push_back(
        {{{-0.125f, 1.020f, 0.035f}, {-0.148f, 0.985f, 0.020f}, {-0.155f, 0.940f, -0.002f}, gt},
         {t_pelvis, t_pelvis, t_hip, t_hip},
         gmed,
         {0.0f, 0.0f, 1.0f},
         16,
         10});
    m.bundles.push_back(
        {{{-0.067f, 0.999f, -0.049f}, {-0.110f, 1.000f, -0.058f}, {-0.145f, 0.950f, -0.040f}, gt},
         {t_pelvis, t_pelvis, t_hip, t_hip},
         gmed,
         {0.0f, 0.0f, 1.0f},
         16,
         10});
    defs.push_back(std::move(m));
  }
  // Lumbar erector spinae: dorsal sacrum and iliac crest up the column to T12.
  {
    std::vector<V> pts{{-0.040f, 1.012f, -0.084f}};
    std::vector<int> tags{t_pelvis};
    for (const V& p : column_points(-0.029f, 0.036f)) {
      pts.push_back(p);
      tags.push_back(t_trunk);
    }
    pts.push_back(pts.back() + V(0.0f, 0.018f, 0.0f));
    tags.push_back(t_trunk);
    defs.push_back({"erector_spinae",
                    "erector spinae (lumbar)",
                    "muscle",
                    "erector_spinae",
                    "sacrum",
                    "T12",
                    {{pts,
                      tags,
                      [](float t) {
                        const float f = 0.55f + 0.45f * smoothstep(0.0f, 0.35f, t);
                        const float end = 0.7f + 0.3f * smoothstep(1.0f, 0.85f, t);
                        return glm::vec2(0.021f * f * end, 0.022f * f * end);
                      },
                      {1.0f, 0.0f, 0.0f},
                      22,
                      12}}});
  }
  // Rectus abdominis, lower part: pubic crest up the front of the abdomen.
  defs.push_back({"rectus_abdominis",
                  "rectus abdominis (lower part)",
                  "muscle",
                  "abdominals",
                  "pelvis",
                  "",
                  // A narrow paired strap: 2 cm wide at the pubic crest, under 6 cm across the lower
                  // abdomen, its medial edge 5 mm from the midline (linea alba), about 1 cm thick, pinched
                  // at the tendinous intersections above the umbilicus.
                  {{{{-0.015f, 0.911f, 0.057f},
                     {-0.018f, 0.960f, 0.078f},
                     {-0.030f, 1.040f, 0.086f},
                     {-0.034f, 1.130f, 0.084f},
                     {-0.0345f, 1.215f, 0.083f},
                     {-0.035f, 1.290f, 0.086f}},
                    {t_pelvis, t_pelvis, t_trunk, t_trunk, t_trunk, t_trunk},
                    [](float t) {
                      float pinch = 0.0f;
                      for (const float at : {0.44f, 0.70f, 0.95f}) {
                        pinch = std::max(pinch, std::exp(-(t - at) * (t - at) / (0.018f * 0.018f)));
                      }
                      return glm::vec2(
                          0.0105f + 0.0165f * smoothstep(0.0f, 0.45f, t) + 0.003f * t,
                          (0.0032f + 0.0023f * smoothstep(0.0f, 0.3f, t)) * (1.0f - 0.3f * pinch));
                    },
                    {1.0f, 0.0f, 0.0f},
                    20,
                    12}},
                  false});
  // Tendons.
  defs.push_back({"quadriceps",
                  "quadriceps tendon",
                  "tendon",
                  "quadriceps",
                  "",
                  "patella",
                  {{{V{-0.088f, 0.600f, 0.051f} + knee_shift, V{-0.087f, 0.568f, 0.055f} + knee_shift,
                     patella_base + V(0.0f, -0.004f, 0.0f)},
                    {t_hip, t_hip, t_knee},
                    [](float t) { return glm::vec2(0.017f + 0.005f * t, 0.0038f); },
                    {1.0f, 0.0f, 0.0f},
                    8,
                    10}}});
  defs.push_back({"patellar",
                  "patellar ligament",
                  "tendon",
                  "quadriceps",
                  "patella",
                  "tibia",
                  {{{real_skeleton().landmarks.at("patella_apex"),
                     0.5f * (real_skeleton().landmarks.at("patella_apex") +
                             real_skeleton().landmarks.at("tibial_tuberosity")) +
                         V(0.0f, 0.0f, 0.004f),
                     real_skeleton().landmarks.at("tibial_tuberosity")},
                    {t_knee, t_knee, t_knee},
                    [](float t) { return glm::vec2(0.0145f - 0.002f * t, 0.0027f); },
                    {1.0f, 0.0f, 0.0f},
                    8,
                    10}}});
  defs.push_back({"semimembranosus",
                  "semimembranosus tendon",
                  "tendon",
                  "hamstrings",
                  "",
                  "tibia",
                  {{{{-0.067f, 0.535f, -0.048f}, {-0.066f, 0.495f, -0.040f}, sm_i},
                    {t_hip, t_knee, t_knee},
                    constant(0.0052f, 0.0048f),
                    {1.0f, 0.0f, 0.0f},
                    8,
                    10}}});
  defs.push_back({"semitendinosus",
                  "semitendinosus tendon",
                  "tendon",
                  "hamstrings",
                  "",
                  "tibia",
                  {{{{-0.059f, 0.56f, -0.057f},
                     from_tibia(-0.03322f, -0.05282f, -0.02288f),
                     from_tibia(-0.0113f, -0.0746f, -0.0245f),
                     from_tibia(0.0027f, -0.0956f, -0.0193f)},
                    {t_hip, t_knee, t_knee, t_knee},
                    constant(0.0040f, 0.0036f),
                    {1.0f, 0.0f, 0.0f},
                    12,
                    10}}});
  defs.push_back({"biceps_femoris",
                  "biceps femoris tendon",
                  "tendon",
                  "hamstrings",
                  "",
                  "fibula",
                  {{{{-0.115f, 0.548f, -0.048f}, bf_t1, bf_i},
                    {t_hip, t_knee, t_knee},
                    constant(0.0058f, 0.0050f),
                    {1.0f, 0.0f, 0.0f},
                    8,
                    10}}});
  return defs;
}

// The fitted right-side and midline bones (bundles are built on the right, then mirrored).
const std::vector<const Mesh*>& right_bones() {
  static const std::vector<const Mesh*> list = [] {
    std::vector<const Mesh*> out;
    for (const Structure& bone : real_skeleton().bones) {
      if (bone.side != Side::left) out.push_back(&bone.mesh);
    }
    return out;
  }();
  return list;
}

const Mesh& right_bone(const std::string& bone) {
  const std::string id = bone_id(bone, Side::right);
  for (const Structure& s : real_skeleton().bones) {
    if (s.id == id) return s.mesh;
  }
  throw std::logic_error("a muscle attaches to " + id + ", which the skeleton lacks");
}

// Moves an attachment onto the surface of its bone (1 mm out), so the muscle starts on the bone it
// names: the design drawing's points were made for the drawn bones, not the scanned ones.
V on_bone_surface(V p, const std::string& bone) {
  const SurfaceIndex surface({&right_bone(bone)}, 0.01f);
  const SurfaceIndex::Hit hit = surface.nearest(p, 0.05f);
  return hit.found ? hit.point + 0.001f * hit.normal : p;
}

void push_off(Mesh& mesh, const Sdf& bones, float clearance) {
  for (auto& p : mesh.positions) {
    for (int iteration = 0; iteration < 3; ++iteration) {
      const float d = bones(p);
      if (d >= clearance) {
        break;
      }
      p += (clearance - d) * sdf_gradient(bones, p, 0.0007f);
    }
  }
}

}  // namespace

void add_muscles_and_tendons(Model& model) {
  std::vector<Def> defs = definitions();
  for (Def& def : defs) {
    for (Bundle& b : def.bundles) {
      if (!def.origin_bone.empty()) b.points.front() = on_bone_surface(b.points.front(), def.origin_bone);
      if (!def.insertion_bone.empty()) b.points.back() = on_bone_surface(b.points.back(), def.insertion_bone);
    }
  }
  const SurfaceIndex bone_surfaces(right_bones(), 0.01f);
  const Sdf bones = [&bone_surfaces](const V& p) { return bone_surfaces.signed_distance(p, 0.02f); };
  for (const Side side : {Side::left, Side::right}) {
    for (const Def& def : defs) {
      const std::string stem = def.category == "tendon" ? def.name + "_tendon" : def.name;
      Structure s;
      s.id = def.category + "." + def.name + side_suffix(side);
      s.name = std::string(side == Side::left ? "left " : "right ") + def.display;
      s.category = def.category;
      s.group = def.group;
      s.side = side;
      s.material = def.category == "tendon" ? Material::tendon : Material::muscle;
      s.origin = stem + ".origin" + side_suffix(side);
      s.insertion = stem + ".insertion" + side_suffix(side);
      for (const Bundle& b : def.bundles) {
        SweepSpec spec;
        spec.points = b.points;
        spec.radii = b.radii;
        spec.flatten_axis = b.flatten;
        spec.rings = b.rings;
        spec.segments = b.segments;
        spec.wrap = b.wrap;
        spec.wrap_from = b.wrap_from;
        spec.wrap_to = b.wrap_to;
        SweepResult swept = sweep(spec);
        Mesh& m = swept.mesh;
        if (def.push_off_bones) {
          push_off(m, bones, def.category == "tendon" ? 0.0008f : 0.0012f);
        }
        m.skin.resize(m.positions.size());
        for (std::size_t i = 0; i < m.positions.size(); ++i) {
          const float u = swept.spline_param[i];
          const auto seg =
              static_cast<std::size_t>(std::min(std::floor(u), static_cast<float>(b.points.size() - 2)));
          const float f = smoothstep(0.0f, 1.0f, u - static_cast<float>(seg));
          const V p = on_side(m.positions[i], side);
          std::vector<std::pair<int, float>> w;
          for (const auto& [j, wj] : tag_weights(b.tags[seg], side, p)) {
            w.emplace_back(j, wj * (1.0f - f));
          }
          for (const auto& [j, wj] : tag_weights(b.tags[seg + 1], side, p)) {
            w.emplace_back(j, wj * f);
          }
          m.skin[i] = make_influence(std::move(w));
        }
        compute_normals(m);
        s.mesh.append(side == Side::left ? mirrored_x(m) : m);
      }
      // Landmarks at the two ends of the first bundle.
      const Bundle& first = def.bundles.front();
      const V o = on_side(first.points.front(), side);
      const V ins = on_side(first.points.back(), side);
      // A tendon's origin at its musculotendinous junction belongs to the tendon itself.
      const std::string origin_structure = def.origin_bone.empty() ? s.id : bone_id(def.origin_bone, side);
      const int origin_joint = def.origin_bone.empty() ? hip_joint(side) : bone_joint(def.origin_bone, side);
      model.landmarks.push_back({s.origin, origin_structure, side, origin_joint, o});
      const std::string insertion_structure =
          def.insertion_bone.empty() ? s.id : bone_id(def.insertion_bone, side);
      const int insertion_joint = def.insertion_bone.empty() ? j_T12 : bone_joint(def.insertion_bone, side);
      model.landmarks.push_back({s.insertion, insertion_structure, side, insertion_joint, ins});
      model.structures.push_back(std::move(s));
    }
  }
}

}  // namespace modelgen
