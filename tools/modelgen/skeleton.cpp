#include "skeleton.h"

#include "real_bones.h"

#include <cmath>

namespace modelgen {

namespace {

constexpr float deg = 3.14159265358979f / 180.0f;

// Disc heights from docs/reference/anatomy.md section 2.2 (T12-L1 first); the y, z columns are that
// section 7's reference column, used here only for the vertebral body heights between the discs.
struct DiscRow {
  const char* name;
  float y, z, ant, mid, post;
};
constexpr std::array<DiscRow, 6> disc_rows{{{"T12-L1", 1.257f, -0.023f, 0.0055f, 0.0060f, 0.0050f},
                                            {"L1-L2", 1.223f, -0.017f, 0.0069f, 0.0079f, 0.0055f},
                                            {"L2-L3", 1.187f, -0.011f, 0.0085f, 0.0093f, 0.0064f},
                                            {"L3-L4", 1.149f, -0.009f, 0.0093f, 0.0106f, 0.0072f},
                                            {"L4-L5", 1.110f, -0.013f, 0.0109f, 0.0120f, 0.0081f},
                                            {"L5-S1", 1.073f, -0.026f, 0.0124f, 0.0111f, 0.0069f}}};

// Segmental lordosis of the balanced state (posturelab report: L1-S1 61° for PI 52°, shared out by
// level as the biomechanics does; tests/modelgen compares the model with biomech::solve). T12-L1
// first: the thoracolumbar junction's slight kyphosis.
constexpr std::array<float, 6> segment_lordosis_deg{-3.0f, 1.4f, 7.5f, 10.8f, 15.6f, 25.7f};

// The column is stacked up from the seated S1 endplate: each disc on the bisector of its wedge, each
// body as tall as in the reference column, each level turned back by its share of the lordosis.
const std::array<glm::vec3, 6>& disc_centres() {
  static const std::array<glm::vec3, 6> table = [] {
    std::array<glm::vec3, 6> c{};
    glm::vec3 p = s1_centre();
    float a = std::atan2(s1_normal().z, s1_normal().y);  // forward lean of the endplate's normal
    for (std::size_t k = c.size(); k-- > 0;) {
      const float a_mid = a - 0.5f * segment_lordosis_deg[k] * deg;
      const glm::vec3 n_mid{0.0f, std::cos(a_mid), std::sin(a_mid)};
      c[k] = p + n_mid * (0.5f * disc_rows[k].mid);
      a -= segment_lordosis_deg[k] * deg;
      if (k == 0) break;
      const glm::vec3 n_up{0.0f, std::cos(a), std::sin(a)};
      const float spacing =
          glm::length(glm::vec2(disc_rows[k - 1].y - disc_rows[k].y, disc_rows[k - 1].z - disc_rows[k].z));
      const float body_height = spacing - 0.5f * (disc_rows[k - 1].mid + disc_rows[k].mid);
      p = c[k] + n_mid * (0.5f * disc_rows[k].mid) + n_up * body_height;
    }
    return c;
  }();
  return table;
}

glm::vec3 disc_point(std::size_t i) { return disc_centres()[i]; }

}  // namespace

glm::vec3 s1_centre() { return sacral_seat().s1_centre; }
glm::vec3 hip_centre_right() { return {-0.086f, 0.920f, 0.005f}; }
glm::vec3 knee_centre_right() { return {-0.086f, 0.512f, 0.000f}; }
glm::vec3 ankle_centre_right() { return {-0.086f, 0.069f, 0.000f}; }
glm::vec3 s1_normal() { return {0.0f, std::cos(40.0f * deg), std::sin(40.0f * deg)}; }

const std::array<Vertebra, 6>& vertebrae() {
  static const std::array<Vertebra, 6> table = [] {
    std::array<Vertebra, 6> v{};
    // Sizes from docs/reference/anatomy.md section 2.1 design table (metres): width, depth, TP span, SP
    // length/height.
    constexpr std::array<std::array<float, 5>, 6> size{{{0.040f, 0.031f, 0.062f, 0.035f, 0.020f},
                                                        {0.042f, 0.033f, 0.075f, 0.045f, 0.022f},
                                                        {0.044f, 0.0345f, 0.083f, 0.050f, 0.023f},
                                                        {0.046f, 0.0355f, 0.093f, 0.052f, 0.024f},
                                                        {0.048f, 0.0365f, 0.090f, 0.052f, 0.024f},
                                                        {0.050f, 0.037f, 0.095f, 0.045f, 0.020f}}};
    const std::array<const char*, 6> names{"T12", "L1", "L2", "L3", "L4", "L5"};
    const std::array<int, 6> joint_ids{j_T12, j_L1, j_L2, j_L3, j_L4, j_L5};
    for (std::size_t i = 0; i < 6; ++i) {
      Vertebra& vb = v[i];
      vb.name = names[i];
      vb.joint = joint_ids[i];
      vb.width = size[i][0];
      vb.depth = size[i][1];
      vb.tp_span = size[i][2];
      vb.spinous_length = size[i][3];
      vb.spinous_height = size[i][4];
      if (i == 0) {
        // T12: continue L1's axis with 3° of kyphosis at T12-L1; body 24 mm tall.
        const glm::vec3 below = disc_point(0);
        const glm::vec3 l1_axis = glm::normalize(disc_point(0) - disc_point(1));
        const float a = std::atan2(l1_axis.z, l1_axis.y) + 3.0f * deg;
        vb.axis = {0.0f, std::cos(a), std::sin(a)};
        vb.height = 0.024f;
        vb.centre = below + vb.axis * (disc_rows[0].mid * 0.5f + vb.height * 0.5f);
      } else {
        const glm::vec3 above = disc_point(i - 1);
        const glm::vec3 below = disc_point(i);
        vb.axis = glm::normalize(above - below);
        vb.centre = 0.5f * (above + below);
        vb.height = glm::length(above - below) - 0.5f * (disc_rows[i - 1].mid + disc_rows[i].mid);
      }
    }
    return v;
  }();
  return table;
}

const std::array<Disc, 5>& discs() {
  static const std::array<Disc, 5> table = [] {
    std::array<Disc, 5> d{};
    const std::array<int, 6> joint_ids{j_T12, j_L1, j_L2, j_L3, j_L4, j_L5};
    for (std::size_t i = 0; i < 5; ++i) {
      const DiscRow& row = disc_rows[i + 1];
      d[i].name = row.name;
      d[i].centre = disc_point(i + 1);
      d[i].height_anterior = row.ant;
      d[i].height_middle = row.mid;
      d[i].height_posterior = row.post;
      d[i].upper_vertebra = static_cast<int>(i + 1);
      d[i].upper_joint = joint_ids[i + 1];
      d[i].lower_joint = i + 1 < 5 ? joint_ids[i + 2] : j_sacrum;
    }
    return d;
  }();
  return table;
}

const std::vector<Joint>& joints() {
  static const std::vector<Joint> table = [] {
    std::vector<Joint> j(joint_count);
    const glm::vec3 hip_r = hip_centre_right();
    const glm::vec3 knee_r = knee_centre_right();
    const glm::vec3 ankle_r = ankle_centre_right();
    j[j_pelvis] = {"joint.pelvis", -1, {0.0f, hip_r.y, hip_r.z}};
    j[j_sacrum] = {"joint.sacrum", j_pelvis, s1_centre()};
    j[j_L5] = {"joint.L5", j_sacrum, disc_point(5)};
    j[j_L4] = {"joint.L4", j_L5, disc_point(4)};
    j[j_L3] = {"joint.L3", j_L4, disc_point(3)};
    j[j_L2] = {"joint.L2", j_L3, disc_point(2)};
    j[j_L1] = {"joint.L1", j_L2, disc_point(1)};
    j[j_T12] = {"joint.T12", j_L1, disc_point(0)};
    j[j_hip_l] = {"joint.hip.l", j_pelvis, on_side(hip_r, Side::left)};
    j[j_knee_l] = {"joint.knee.l", j_hip_l, on_side(knee_r, Side::left)};
    j[j_ankle_l] = {"joint.ankle.l", j_knee_l, on_side(ankle_r, Side::left)};
    j[j_hip_r] = {"joint.hip.r", j_pelvis, hip_r};
    j[j_knee_r] = {"joint.knee.r", j_hip_r, knee_r};
    j[j_ankle_r] = {"joint.ankle.r", j_knee_r, ankle_r};
    return j;
  }();
  return table;
}

int hip_joint(Side side) { return side == Side::left ? j_hip_l : j_hip_r; }
int knee_joint(Side side) { return side == Side::left ? j_knee_l : j_knee_r; }
int ankle_joint(Side side) { return side == Side::left ? j_ankle_l : j_ankle_r; }

}  // namespace modelgen
