#include "real_bones.h"

#include "bone_fit.h"
#include "skeleton.h"
#include "source_meshes.h"
#include "weights.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace modelgen {

namespace {

constexpr float deg = 3.14159265358979f / 180.0f;
using V = glm::vec3;

// The balanced state of the biomechanics (posturelab report): the ASIS-PSIS line 13° below the
// horizontal anteriorly. The pelvis is turned about the hip axis to this, within the ±5° of a vertical
// anterior pelvic plane that healthy standing shows (docs/reference/anatomy.md).
constexpr float balanced_asis_psis_tilt = 13.0f * deg;
constexpr float app_limit = 4.5f * deg;
// ... and its pelvic tilt (the hip axis to S1 centre line against the vertical).
constexpr float balanced_pelvic_tilt = 12.0f * deg;
// Hip axis to S1 centre, adult men (Legaye et al. 1998: pelvic radius about 130 mm).
constexpr float pelvic_radius = 0.130f;
// The Visible Human Male (1.80 m) parts to the model's 1.75 m.
constexpr float stature_scale = 1.75f / 1.80f;
constexpr float floor_clearance = 0.001f;
constexpr float ankle_cartilage = 0.003f;

Mesh transformed(const Mesh& source, const Affine& fit) {
  Mesh out = source;
  for (V& p : out.positions) p = fit.apply(p);
  return out;
}

Structure bone(const std::string& id, const std::string& name, const std::string& group, Side side, Mesh mesh,
               int joint) {
  compute_normals(mesh);
  mesh.skin.assign(mesh.positions.size(), rigid(joint));
  Structure s;
  s.id = id;
  s.name = name;
  s.category = "bone";
  s.group = group;
  s.side = side;
  s.material = Material::bone;
  s.mesh = std::move(mesh);
  return s;
}

// Sagittal angle of the line a -> b against the horizontal, positive when b is lower (anterior down).
float tilt_of(V posterior, V anterior) {
  return std::atan2(posterior.y - anterior.y, anterior.z - posterior.z);
}
// Anterior pelvic plane (pubic symphysis -> ASIS) against the vertical, positive when the ASIS is ahead.
float app_of(V pubic, V asis) { return std::atan2(asis.z - pubic.z, asis.y - pubic.y); }

struct PelvisLandmarks {
  V asis, psis, crest, ischium, pubic;
};
PelvisLandmarks pelvis_landmarks(const Mesh& hip_bone_r, V hip_centre) {
  const auto& p = hip_bone_r.positions;
  const auto upper = where(p, [&](V q) { return q.y > hip_centre.y + 0.03f; });
  const float medial = extreme(p, {1, 0, 0}).x;
  const auto symphysis = where(p, [&](V q) { return q.x > medial - 0.008f; });
  PelvisLandmarks l;
  l.asis = extreme(upper, {0, 0, 1});
  l.psis = extreme(upper, {0, 0, -1});
  l.crest = extreme(p, {0, 1, 0});
  l.ischium = extreme(p, {0, -1, 0});
  l.pubic = extreme(symphysis, {0, 0, 1});
  l.pubic.x = 0.0f;
  return l;
}

// The top surface of a bone body: points within `depth` of the extreme along `normal` (and near the
// midline), refitted as a plane a few times.
Plane endplate(const std::vector<V>& points, V normal, float depth, float half_width) {
  Plane plane{centroid(points), glm::normalize(normal)};
  const float mid_x = centroid(points).x;
  for (int i = 0; i < 4; ++i) {
    const float top = glm::dot(extreme(points, plane.normal), plane.normal);
    const auto cap = where(points, [&](V q) {
      return glm::dot(q, plane.normal) > top - depth && std::abs(q.x - mid_x) < half_width;
    });
    plane = fit_plane(cap, plane.normal);
    plane.centre = centroid(cap);
  }
  return plane;
}

// The S1 endplate: the sagittal direction in which the most midline surface points lie within 3 mm
// of the top (a flat plate gathers many; a ridge or a corner few), searched in 1° steps.
Plane sacral_endplate(const std::vector<V>& points) {
  const float mid_x = 0.5f * (extreme(points, {1, 0, 0}).x + extreme(points, {-1, 0, 0}).x);
  const auto midline = where(points, [&](V q) { return std::abs(q.x - mid_x) < 0.025f; });
  Plane best{};
  std::size_t best_count = 0;
  for (int a = -10; a <= 80; ++a) {
    const V n{0.0f, std::cos(static_cast<float>(a) * deg), std::sin(static_cast<float>(a) * deg)};
    const float top = glm::dot(extreme(midline, n), n);
    const auto cap = where(midline, [&](V q) { return glm::dot(q, n) > top - 0.003f; });
    if (cap.size() > best_count) {
      best_count = cap.size();
      best = {centroid(cap), n};
    }
  }
  best.centre.x = mid_x;  // the plate is symmetric; its sparse vertices need not be
  return best;
}

struct BodyFrame {
  V centre, axis;
  float height = 0.0f, width = 0.0f;
};
// A vertebral body: the front part of the vertebra, its two endplates, its height between them.
BodyFrame vertebral_body(const Mesh& vertebra) {
  const auto& p = vertebra.positions;
  const float front = extreme(p, {0, 0, 1}).z;
  const float mid_x = centroid(p).x;
  const auto body = where(p, [&](V q) { return q.z > front - 0.022f && std::abs(q.x - mid_x) < 0.03f; });
  V axis{0, 1, 0};
  Plane top{}, bottom{};
  for (int i = 0; i < 3; ++i) {
    top = endplate(body, axis, 0.004f, 0.015f);
    bottom = endplate(body, -axis, 0.004f, 0.015f);
    axis = glm::normalize(top.normal - bottom.normal);
  }
  BodyFrame f;
  f.axis = axis;
  f.centre = 0.5f * (top.centre + bottom.centre);
  f.height = glm::dot(top.centre - bottom.centre, axis);
  f.width = extreme(body, {1, 0, 0}).x - extreme(body, {-1, 0, 0}).x;
  return f;
}

SacralSeat seat() {
  SacralSeat out;
  const V hip = hip_centre_right();
  const Mesh hip_src = load_source_mesh("hip_bone_r"), femur_src = load_source_mesh("femur_r");
  const float femur_top = extreme(femur_src.positions, {0, 1, 0}).y;
  const Sphere head = fit_sphere(where(femur_src.positions, [&](V q) { return q.y > femur_top - 0.018f; }));
  out.hip_head_source = head.centre;
  out.figures["femoral head radius mm"] = head.radius * 1000.0f;

  // Pelvis: femoral head centre on the hip joint; scaled so the two hip bones meet at the
  // symphysis with a 4 mm disc; turned about the hip axis to the balanced tilt.
  const float medial_src = extreme(hip_src.positions, {1, 0, 0}).x;
  const float pelvis_scale = (-hip.x - 0.002f) / (medial_src - head.centre.x);
  Affine pelvis_fit = Affine{glm::mat3(1.0f), hip - head.centre}.then(scaling_about(hip, V(pelvis_scale)));
  {
    const PelvisLandmarks l = pelvis_landmarks(transformed(hip_src, pelvis_fit), hip);
    float turn = balanced_asis_psis_tilt - tilt_of(l.psis, l.asis);
    const float app = app_of(l.pubic, l.asis);
    turn = std::clamp(turn, -app_limit - app, app_limit - app);
    pelvis_fit = pelvis_fit.then(rotation_about_x(hip, turn));
    out.figures["pelvis turn deg"] = turn / deg;
  }
  out.hip_bone_r = transformed(hip_src, pelvis_fit);
  out.pelvis_scale = pelvis_scale;
  out.figures["pelvis scale"] = pelvis_scale;

  // Sacrum and coccyx (Visible Human, a 1.80 m man; scaled to the model's 1.75 m): the S1 endplate
  // at the balanced slope, its centre on the line from the hip axis at the balanced pelvic tilt
  // (PT), lowered along it until the sacrum meets both ilia with a cartilage gap of 1.5 mm.
  const Mesh sacrum_src = load_source_mesh("sacrum"), coccyx_src = load_source_mesh("coccyx");
  const Plane s1 = sacral_endplate(sacrum_src.positions);
  Mesh pelvis_both = out.hip_bone_r;
  pelvis_both.append(mirrored_x(out.hip_bone_r));
  const V hip_axis{0.0f, hip.y, hip.z};
  const V ray{0.0f, std::cos(balanced_pelvic_tilt), -std::sin(balanced_pelvic_tilt)};
  const auto sacrum_fit = [&](float radius, float scale) {
    return fit_segment({s1.centre, s1.normal, {1, 0, 0}}, {hip_axis + radius * ray, s1_normal(), {1, 0, 0}},
                       scale, scale);
  };
  const float radius = pelvic_radius;
  float lo = 0.6f, hi = 1.2f;
  for (int i = 0; i < 16; ++i) {
    const float mid = 0.5f * (lo + hi);
    const float gap = smallest_distance(transformed(sacrum_src, sacrum_fit(radius, mid)), pelvis_both, 0.01f);
    (gap > 0.0015f ? lo : hi) = mid;
  }
  const Affine sacral = sacrum_fit(radius, lo);
  out.s1_centre = hip_axis + radius * ray;
  out.sacrum = transformed(sacrum_src, sacral);
  out.coccyx = transformed(coccyx_src, sacral);
  out.figures["sacrum scale"] = lo;
  out.figures["pelvic radius mm"] = radius * 1000.0f;
  out.figures["sacrum-ilium gap mm"] = smallest_distance(out.sacrum, pelvis_both, 0.01f) * 1000.0f;
  return out;
}

RealSkeleton build() {
  RealSkeleton out;
  const auto& J = joints();
  const V hip = J[j_hip_r].position, knee = J[j_knee_r].position, ankle = J[j_ankle_r].position;
  const SacralSeat& seated = sacral_seat();
  out.figures = seated.figures;
  const float pelvis_scale = seated.pelvis_scale;
  const Mesh& pelvis_r = seated.hip_bone_r;
  const PelvisLandmarks pl = pelvis_landmarks(pelvis_r, hip);
  out.figures["anterior pelvic plane deg"] = app_of(pl.pubic, pl.asis) / deg;
  out.figures["ASIS-PSIS tilt deg"] = tilt_of(pl.psis, pl.asis) / deg;

  // --- BodyParts3D right leg: the same body as the hip bone, so the joints are congruent as scanned.
  const Mesh femur_src = load_source_mesh("femur_r"), patella_src = load_source_mesh("patella_r"),
             tibia_src = load_source_mesh("tibia_r"), fibula_src = load_source_mesh("fibula_r");
  const V head_centre = seated.hip_head_source;
  const float femur_bottom = extreme(femur_src.positions, {0, -1, 0}).y;
  V knee_src = centroid(where(femur_src.positions, [&](V q) { return q.y < femur_bottom + 0.012f; }));
  knee_src.y = femur_bottom - 0.0025f;  // half the femorotibial cartilage gap of the scan
  const float tibia_bottom = extreme(tibia_src.positions, {0, -1, 0}).y;
  const auto distal = where(tibia_src.positions, [&](V q) { return q.y < tibia_bottom + 0.02f; });
  V plafond_src = centroid(distal);
  plafond_src.y = tibia_bottom + 0.010f;

  // --- Visible Human foot (a 1.80 m man, scaled to 1.75 m): levelled, sole on the floor, talar dome
  // under the ankle centre.
  Mesh foot_src = load_source_mesh("foot_r");
  {
    // The cadaver's foot is plantarflexed: turn it about X until the heel and the forefoot touch
    // one floor (their lowest points level).
    for (int i = 0; i < 3; ++i) {
      const float mid_z = centroid(foot_src.positions).z;
      const V heel = extreme(where(foot_src.positions, [&](V q) { return q.z < mid_z - 0.03f; }), {0, -1, 0});
      const V fore = extreme(where(foot_src.positions, [&](V q) { return q.z > mid_z + 0.03f; }), {0, -1, 0});
      const float turn = std::atan2(fore.y - heel.y, fore.z - heel.z);
      foot_src = transformed(foot_src, rotation_about_x(heel, turn));
      out.figures["foot levelling deg"] += turn / deg;
    }
  }
  const V talus_src = extreme(foot_src.positions, {0, 1, 0});
  const float sole = extreme(foot_src.positions, {0, -1, 0}).y;
  const Affine foot_fit = Affine{glm::mat3(1.0f), -V(talus_src.x, sole, talus_src.z)}
                              .then(scaling_about(V(0), V(stature_scale)))
                              .then(Affine{glm::mat3(1.0f), V(ankle.x, floor_clearance, ankle.z)});
  const Mesh foot_r = transformed(foot_src, foot_fit);
  // The tibial plafond rests on the talar dome across the ankle's cartilage.
  const V plafond = foot_fit.apply(talus_src) + V(0.0f, ankle_cartilage, 0.0f);
  out.figures["talar dome above ankle centre mm"] = (plafond.y - ankle.y) * 1000.0f;

  // Thigh and shank: joint centres on the rig's, lengths to the rig's, widths with the pelvis so
  // the femoral head fills the acetabulum and the condyles sit on the plateau.
  const float thigh_axial = glm::length(hip - knee) / glm::length(head_centre - knee_src);
  const Affine thigh_fit = fit_segment({head_centre, head_centre - knee_src, {1, 0, 0}},
                                       {hip, hip - knee, {1, 0, 0}}, thigh_axial, pelvis_scale);
  const float shank_axial = glm::length(knee - plafond) / glm::length(knee_src - plafond_src);
  const Affine shank_fit = fit_segment({knee_src, knee_src - plafond_src, {1, 0, 0}},
                                       {knee, knee - plafond, {1, 0, 0}}, shank_axial, pelvis_scale);
  out.figures["thigh length scale"] = thigh_axial;
  out.figures["shank length scale"] = shank_axial;
  const Mesh femur_r = transformed(femur_src, thigh_fit), patella_r = transformed(patella_src, thigh_fit),
             tibia_r = transformed(tibia_src, shank_fit), fibula_r = transformed(fibula_src, shank_fit);

  Mesh pelvis_both = pelvis_r;
  pelvis_both.append(mirrored_x(pelvis_r));
  Mesh sacrum = seated.sacrum;
  sacrum.append(seated.coccyx);

  // --- Lumbar vertebrae: each body onto the rig's, endplates where the discs expect them; L1 and T12
  // are the L2 shape scaled to their sizes.
  const char* level_sources[] = {"lumbar_L2", "lumbar_L2", "lumbar_L2",
                                 "lumbar_L3", "lumbar_L4", "lumbar_L5"};
  for (std::size_t i = 0; i < vertebrae().size(); ++i) {
    const Vertebra& v = vertebrae()[i];
    const Mesh src = load_source_mesh(level_sources[i]);
    const BodyFrame body = vertebral_body(src);
    const Affine fit = fit_segment({body.centre, body.axis, {1, 0, 0}}, {v.centre, v.axis, {1, 0, 0}},
                                   v.height / body.height, v.width / body.width);
    out.figures["vertebra " + v.name + " height scale"] = v.height / body.height;
    out.figures["vertebra " + v.name + " width scale"] = v.width / body.width;
    out.figures["vertebra " + v.name + " source body width mm"] = body.width * 1000.0f;
    out.bones.push_back(bone("bone." + v.name, v.name + " vertebra", "lumbar_spine", Side::mid,
                             transformed(src, fit), v.joint));
  }

  out.bones.push_back(bone("bone.sacrum", "sacrum and coccyx", "pelvis", Side::mid, sacrum, j_sacrum));
  out.bones.push_back(bone("bone.pelvis", "pelvis", "pelvis", Side::mid, pelvis_both, j_pelvis));
  struct Paired {
    const char* name;
    const char* group;
    const Mesh* right;
    int joint_l, joint_r;
  };
  const Paired paired[] = {{"femur", "thigh", &femur_r, j_hip_l, j_hip_r},
                           {"patella", "thigh", &patella_r, j_knee_l, j_knee_r},
                           {"tibia", "leg", &tibia_r, j_knee_l, j_knee_r},
                           {"fibula", "leg", &fibula_r, j_knee_l, j_knee_r},
                           {"foot", "foot", &foot_r, j_ankle_l, j_ankle_r}};
  for (const Side side : {Side::left, Side::right}) {
    for (const Paired& b : paired) {
      out.bones.push_back(bone(std::string("bone.") + b.name + side_suffix(side),
                               std::string(side == Side::left ? "left " : "right ") + b.name, b.group, side,
                               side == Side::left ? mirrored_x(*b.right) : *b.right,
                               side == Side::left ? b.joint_l : b.joint_r));
    }
  }

  // --- Landmarks measured on the fitted surfaces (right side; the left mirrors them).
  out.landmarks["asis"] = pl.asis;
  out.landmarks["psis"] = pl.psis;
  out.landmarks["iliac_crest"] = pl.crest;
  out.landmarks["ischial_tuberosity"] = pl.ischium;
  out.landmarks["pubic_symphysis"] = pl.pubic;
  out.landmarks["sacrum_tip"] = extreme(seated.coccyx.positions, {0, -1, 0});
  const auto& fp = femur_r.positions;
  out.landmarks["greater_trochanter"] =
      extreme(where(fp, [&](V q) { return q.y > hip.y - 0.06f; }), {-1, 0, 0});
  out.landmarks["lesser_trochanter"] =
      extreme(where(fp, [&](V q) { return q.y < hip.y - 0.045f && q.y > hip.y - 0.095f; }),
              glm::normalize(V(1, 0, -1)));
  out.landmarks["patella_centre"] = centroid(patella_r.positions);
  {
    const float top = extreme(patella_r.positions, {0, 1, 0}).y,
                bottom = extreme(patella_r.positions, {0, -1, 0}).y;
    out.landmarks["patella_base"] =
        centroid(where(patella_r.positions, [&](V q) { return q.y > top - 0.004f; }));
    out.landmarks["patella_apex"] =
        centroid(where(patella_r.positions, [&](V q) { return q.y < bottom + 0.003f; }));
  }
  out.landmarks["tibial_tuberosity"] = extreme(
      where(tibia_r.positions, [&](V q) { return q.y < knee.y - 0.03f && q.y > knee.y - 0.08f; }), {0, 0, 1});
  const float fibula_top = extreme(fibula_r.positions, {0, 1, 0}).y;
  out.landmarks["fibular_head"] =
      centroid(where(fibula_r.positions, [&](V q) { return q.y > fibula_top - 0.012f; }));
  out.figures["patella-femur gap mm"] = smallest_distance(patella_r, femur_r, 0.02f) * 1000.0f;
  out.figures["femur-tibia gap mm"] = smallest_distance(tibia_r, femur_r, 0.02f) * 1000.0f;
  return out;
}

}  // namespace

const SacralSeat& sacral_seat() {
  static const SacralSeat seated = seat();
  return seated;
}

const RealSkeleton& real_skeleton() {
  static const RealSkeleton skeleton = build();
  return skeleton;
}

}  // namespace modelgen
