#include "bones.h"

#include "skeleton.h"
#include "weights.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace modelgen {

namespace {
constexpr float deg = 3.14159265358979f / 180.0f;
using V = glm::vec3;
}  // namespace

Sdf mirror_sdf(Sdf right) {
  return [right = std::move(right)](const glm::vec3& p) { return right(glm::vec3(-p.x, p.y, p.z)); };
}

namespace {

// Closed Catmull-Rom loop through `points`, `per_span` samples per span.
std::vector<V> closed_spline(const std::vector<V>& points, int per_span) {
  std::vector<V> out;
  const std::size_t n = points.size();
  for (std::size_t i = 0; i < n; ++i) {
    const V p0 = points[(i + n - 1) % n], p1 = points[i], p2 = points[(i + 1) % n], p3 = points[(i + 2) % n];
    for (int k = 0; k < per_span; ++k) {
      const float t = static_cast<float>(k) / static_cast<float>(per_span);
      const float t2 = t * t, t3 = t2 * t;
      out.push_back(0.5f * ((2.0f * p1) + (-p0 + p2) * t + (2.0f * p0 - 5.0f * p1 + 4.0f * p2 - p3) * t2 +
                            (-p0 + 3.0f * p1 - 3.0f * p2 + p3) * t3));
    }
  }
  return out;
}

// Signed distance to a closed 2D polygon (negative inside).
float polygon_distance(const std::vector<glm::vec2>& poly, glm::vec2 p) {
  float d = glm::dot(p - poly[0], p - poly[0]);
  float s = 1.0f;
  for (std::size_t i = 0, j = poly.size() - 1; i < poly.size(); j = i, ++i) {
    const glm::vec2 e = poly[j] - poly[i];
    const glm::vec2 w = p - poly[i];
    const glm::vec2 b = w - e * std::clamp(glm::dot(w, e) / glm::dot(e, e), 0.0f, 1.0f);
    d = std::min(d, glm::dot(b, b));
    const bool c0 = p.y >= poly[i].y, c1 = p.y<poly[j].y, c2 = e.x * w.y> e.y * w.x;
    if ((c0 && c1 && c2) || (!c0 && !c1 && !c2)) {
      s = -s;
    }
  }
  return s * std::sqrt(d);
}

// Solves a small dense linear system (Gaussian elimination with partial pivoting).
std::vector<float> solve(std::vector<std::vector<double>> a, std::vector<double> b) {
  const std::size_t n = b.size();
  for (std::size_t c = 0; c < n; ++c) {
    std::size_t best = c;
    for (std::size_t r = c + 1; r < n; ++r) {
      if (std::abs(a[r][c]) > std::abs(a[best][c])) best = r;
    }
    std::swap(a[c], a[best]);
    std::swap(b[c], b[best]);
    for (std::size_t r = c + 1; r < n; ++r) {
      const double f = a[r][c] / a[c][c];
      for (std::size_t k = c; k < n; ++k) a[r][k] -= f * a[c][k];
      b[r] -= f * b[c];
    }
  }
  std::vector<float> x(n);
  for (std::size_t c = n; c-- > 0;) {
    double v = b[c];
    for (std::size_t k = c + 1; k < n; ++k) v -= a[c][k] * static_cast<double>(x[k]);
    x[c] = static_cast<float>(v / a[c][c]);
  }
  return x;
}

// The iliac blade as one smooth curved sheet: a height field over the plane of its outline (a
// quadratic fitted to the rim, an exact rim correction, and the hollow of the iliac fossa), thin in the
// fossa, thickening towards the rim and into the body of the ilium above the acetabulum, clipped by the
// outline. The lateral face is the gluteal surface, the medial face the iliac fossa.
Sdf iliac_blade(const std::vector<V>& outline, V fossa_centre, float fossa_depth, V buttress, double ridge) {
  const std::vector<V> rim = closed_spline(outline, 6);
  V centroid(0.0f);
  for (const V& p : rim) centroid += p;
  centroid /= static_cast<float>(rim.size());
  V normal(0.0f);  // Newell's method
  for (std::size_t i = 0; i < rim.size(); ++i) {
    const V a = rim[i], b = rim[(i + 1) % rim.size()];
    normal += V((a.y - b.y) * (a.z + b.z), (a.z - b.z) * (a.x + b.x), (a.x - b.x) * (a.y + b.y));
  }
  normal = glm::normalize(normal);
  if (normal.x > 0.0f) normal = -normal;  // points laterally (right side: -X)
  const V e1 = glm::normalize(V(0.0f, 1.0f, 0.0f) - normal * normal.y);
  const V e2 = glm::cross(normal, e1);
  std::vector<glm::vec2> poly;
  std::vector<float> heights;
  for (const V& p : rim) {
    poly.emplace_back(glm::dot(p - centroid, e1), glm::dot(p - centroid, e2));
    heights.push_back(glm::dot(p - centroid, normal));
  }
  // Least-squares quadratic h(u, v) = c0 + c1 u + c2 v + c3 u^2 + c4 uv + c5 v^2 through the rim.
  auto basis = [](glm::vec2 q) {
    // The quadratic terms are damped (ridge) so the sheet bows only gently between the rims.
    return std::array<double, 6>{1.0, q.x, q.y, double(q.x) * q.x, double(q.x) * q.y, double(q.y) * q.y};
  };
  std::vector<std::vector<double>> ata(6, std::vector<double>(6, 0.0));
  std::vector<double> atb(6, 0.0);
  for (std::size_t i = 0; i < poly.size(); ++i) {
    const auto bi = basis(poly[i]);
    for (std::size_t r = 0; r < 6; ++r) {
      for (std::size_t c = 0; c < 6; ++c) ata[r][c] += bi[r] * bi[c];
      atb[r] += bi[r] * heights[i];
    }
  }
  for (std::size_t r = 3; r < 6; ++r) ata[r][r] += ridge;
  const std::vector<float> c = solve(ata, atb);
  auto quad = [c](glm::vec2 q) {
    return c[0] + c[1] * q.x + c[2] * q.y + c[3] * q.x * q.x + c[4] * q.x * q.y + c[5] * q.y * q.y;
  };
  std::vector<float> residual;
  for (std::size_t i = 0; i < poly.size(); ++i) residual.push_back(heights[i] - quad(poly[i]));
  const glm::vec2 fossa{glm::dot(fossa_centre - centroid, e1), glm::dot(fossa_centre - centroid, e2)};
  return [=](const glm::vec3& p) {
    const V q = p - centroid;
    const glm::vec2 uv{glm::dot(q, e1), glm::dot(q, e2)};
    const float h = glm::dot(q, normal);
    const float edge = polygon_distance(poly, uv);
    // Rim correction: inverse-distance weighting of the quadratic's misfit along the rim.
    float wsum = 0.0f, rsum = 0.0f;
    for (std::size_t i = 0; i < poly.size(); ++i) {
      const glm::vec2 d = uv - poly[i];
      const float w = 1.0f / (glm::dot(d, d) * glm::dot(d, d) + 1e-12f);
      wsum += w;
      rsum += w * residual[i];
    }
    const glm::vec2 f = (uv - fossa) / 0.042f;
    const float hollow = fossa_depth * std::exp(-glm::dot(f, f));
    const float mid = quad(uv) + rsum / wsum + hollow * smoothstep(0.0f, 0.012f, -edge);
    const glm::vec2 grad{c[1] + 2.0f * c[3] * uv.x + c[4] * uv.y, c[2] + c[4] * uv.x + 2.0f * c[5] * uv.y};
    const V b = p - buttress;
    const float half = 0.0025f + 0.0032f * smoothstep(0.018f, 0.0f, -edge) +
                       0.0105f * std::exp(-glm::dot(b, b) / (0.030f * 0.030f));
    const float sheet = (std::abs(h - mid) - half) / std::sqrt(1.0f + glm::dot(grad, grad));
    return smooth_max(sheet, edge, 0.003f);
  };
}

}  // namespace

Sdf hip_bone_right() {
  const V hip{-0.086f, 0.920f, 0.005f};
  // Iliac crest from ASIS over the tubercle and the highest point to PSIS (docs/reference/anatomy.md section
  // 7).
  const std::vector<V> crest{{-0.122f, 0.989f, 0.078f},  {-0.136f, 1.013f, 0.056f},
                             {-0.134f, 1.048f, 0.027f},  {-0.114f, 1.074f, 0.002f},
                             {-0.082f, 1.085f, -0.020f}, {-0.060f, 1.068f, -0.050f},
                             {-0.058f, 1.028f, -0.070f}};
  // Rest of the wing outline: PIIS, greater sciatic notch, body of the ilium above the acetabulum,
  // AIIS and the notch between the anterior spines.
  const std::vector<V> lower{{-0.057f, 1.004f, -0.071f}, {-0.066f, 0.975f, -0.055f},
                             {-0.080f, 0.952f, -0.028f}, {-0.092f, 0.950f, 0.010f},
                             {-0.100f, 0.957f, 0.043f},  {-0.113f, 0.974f, 0.066f}};
  std::vector<V> outline = crest;
  outline.insert(outline.end(), lower.begin(), lower.end());
  std::vector<Sdf> parts;
  parts.push_back(iliac_blade(outline, {-0.100f, 1.025f, 0.010f}, 0.005f, {-0.088f, 0.962f, -0.004f}, 1e-3));
  // Thickened crest: outer and inner lips with the iliac tubercle, then the ASIS and PSIS bumps.
  parts.push_back(tube(crest, {0.0055f, 0.0072f, 0.0078f, 0.0062f, 0.0058f, 0.0062f, 0.0068f}, 0.004f));
  parts.push_back(ellipsoid({-0.137f, 1.030f, 0.044f}, {0.008f, 0.012f, 0.009f}));     // iliac tubercle
  parts.push_back(ellipsoid({-0.123f, 0.987f, 0.079f}, {0.0075f, 0.0085f, 0.0095f}));  // ASIS
  parts.push_back(ellipsoid({-0.058f, 1.026f, -0.072f}, {0.0075f, 0.011f, 0.0085f}));  // PSIS
  parts.push_back(ellipsoid({-0.062f, 1.030f, -0.058f}, {0.010f, 0.028f, 0.016f}));    // auricular part
  parts.push_back(ellipsoid({-0.101f, 0.956f, 0.045f}, {0.0075f, 0.008f, 0.0075f}));   // AIIS
  // Arcuate line / pelvic brim: from the sacroiliac joint round the inside to the pecten pubis.
  parts.push_back(tube({{-0.060f, 1.002f, -0.048f},
                        {-0.071f, 0.968f, -0.018f},
                        {-0.074f, 0.940f, 0.016f},
                        {-0.058f, 0.918f, 0.038f},
                        {-0.032f, 0.906f, 0.048f}},
                       {0.0065f, 0.0058f, 0.0058f, 0.0055f, 0.0055f}, 0.005f));
  // Thick rounded border of the greater sciatic notch, PIIS down to the ischial spine.
  parts.push_back(tube({{-0.058f, 1.002f, -0.070f},
                        {-0.068f, 0.972f, -0.052f},
                        {-0.078f, 0.953f, -0.031f},
                        {-0.079f, 0.935f, -0.030f}},
                       {0.0055f, 0.0065f, 0.0085f, 0.011f}, 0.005f));
  // Acetabulum: a thick spherical shell open laterally, anteriorly and inferiorly, with a rim lip.
  const V open = glm::normalize(V(-0.72f, -0.55f, 0.33f));
  parts.push_back([=](const glm::vec3& p) {
    const float shell = std::abs(glm::length(p - hip) - 0.0295f) - 0.0065f;
    return std::max(shell, glm::dot(p - hip, open) - 0.006f);
  });
  // Ischium down to the tuberosity, with the ischial spine.
  parts.push_back(tube({{-0.082f, 0.915f, -0.022f},
                        {-0.071f, 0.888f, -0.040f},
                        {-0.053f, 0.870f, -0.030f},
                        {-0.038f, 0.868f, -0.013f}},
                       {0.013f, 0.0145f, 0.012f, 0.009f}, 0.006f));
  parts.push_back(round_cone({-0.074f, 0.935f, -0.040f}, {-0.056f, 0.928f, -0.058f}, 0.006f, 0.003f));
  // Inferior ramus to the symphysis; superior pubic ramus from the acetabulum to the pubic body.
  parts.push_back(tube({{-0.038f, 0.868f, -0.013f}, {-0.024f, 0.874f, 0.004f}, {-0.008f, 0.888f, 0.021f}},
                       {0.008f, 0.0065f, 0.007f}, 0.004f));
  parts.push_back(tube({{-0.074f, 0.912f, 0.024f}, {-0.045f, 0.906f, 0.040f}, {-0.017f, 0.900f, 0.045f}},
                       {0.011f, 0.0085f, 0.009f}, 0.004f));
  const glm::mat3 symphysis = frame_from_up(V(0.0f, 0.019f, 0.032f), V(0.0f, -0.032f, 0.019f));
  parts.push_back(ellipsoid({-0.012f, 0.897f, 0.036f}, {0.0095f, 0.021f, 0.0085f}, symphysis));
  parts.push_back(sphere({-0.022f, 0.904f, 0.050f}, 0.005f));  // pubic tubercle
  Sdf bone = smooth_union(std::move(parts), 0.006f);
  // Socket for the femoral head (1 mm of cartilage space) and a clean obturator foramen.
  bone = smooth_subtract(std::move(bone), sphere(hip, 0.0245f), 0.002f);
  bone = smooth_subtract(std::move(bone),
                         ellipsoid({-0.047f, 0.887f, 0.010f}, {0.010f, 0.011f, 0.017f},
                                   frame_from_up(V(0.0f, 0.6f, 0.8f), V(0.0f, -0.8f, 0.6f))),
                         0.004f);
  return bone;
}

Sdf sacrum_sdf() {
  const V n = s1_normal();
  const glm::mat3 s1_frame = frame_from_up(n);
  std::vector<Sdf> parts;
  parts.push_back(rounded_box(s1_centre() - n * 0.013f, {0.024f, 0.013f, 0.017f}, 0.006f, s1_frame));
  for (float x : {-1.0f, 1.0f}) {  // alae
    parts.push_back(ellipsoid({x * 0.033f, 1.052f, -0.047f}, {0.021f, 0.015f, 0.022f}, s1_frame));
  }
  const std::vector<V> spine{{0.0f, 1.045f, -0.054f}, {0.0f, 1.006f, -0.075f}, {0.0f, 0.976f, -0.086f},
                             {0.0f, 0.955f, -0.091f}, {0.0f, 0.941f, -0.090f}, {0.0f, 0.929f, -0.085f},
                             {0.0f, 0.919f, -0.078f}, {0.0f, 0.912f, -0.070f}};
  const std::vector<V> radii{{0.046f, 0.020f, 0.018f},  {0.037f, 0.018f, 0.013f}, {0.026f, 0.014f, 0.010f},
                             {0.015f, 0.011f, 0.008f},  {0.009f, 0.007f, 0.007f}, {0.007f, 0.006f, 0.006f},
                             {0.0055f, 0.005f, 0.005f}, {0.0045f, 0.004f, 0.004f}};
  for (std::size_t i = 0; i < spine.size(); ++i) {
    const V prev = spine[i > 0 ? i - 1 : 0];
    const V next = spine[i + 1 < spine.size() ? i + 1 : i];
    parts.push_back(ellipsoid(spine[i], radii[i], frame_from_up(prev - next)));
  }
  parts.push_back(tube({{0.0f, 1.046f, -0.074f}, {0.0f, 1.012f, -0.090f}, {0.0f, 0.980f, -0.097f}},
                       {0.004f, 0.0045f, 0.0035f}, 0.004f));  // median sacral crest
  return smooth_union(std::move(parts), 0.008f);
}

Sdf vertebra_sdf(std::size_t index) {
  const Vertebra& v = vertebrae()[index];
  const glm::mat3 frame = frame_from_up(v.axis);
  const glm::mat3 to_local = glm::transpose(frame);
  const float w = v.width, d = v.depth, h = v.height;
  const float zb = -0.5f * d;  // posterior wall
  const bool t12 = index == 0;
  const bool l5 = index == 5;
  std::vector<Sdf> posterior;
  for (float s : {-1.0f, 1.0f}) {
    posterior.push_back(round_cone({s * 0.0185f, 0.003f, zb + 0.004f}, {s * 0.0185f, 0.003f, zb - 0.016f},
                                   l5 ? 0.0075f : 0.0058f, 0.0055f));  // pedicle
    posterior.push_back(round_cone({s * 0.0185f, 0.000f, zb - 0.016f}, {0.0f, -0.003f, zb - 0.031f}, 0.0048f,
                                   0.0048f));  // lamina
    posterior.push_back(
        round_cone({s * 0.020f, 0.004f, zb - 0.012f},
                   {s * 0.5f * v.tp_span, t12 ? 0.008f : 0.004f, zb - (t12 ? 0.030f : 0.020f)},
                   l5 ? 0.0085f : 0.0052f, l5 ? 0.006f : 0.0035f));  // transverse process
    posterior.push_back(ellipsoid({s * 0.0215f, 0.014f, zb - 0.024f}, {0.0045f, 0.0085f, 0.007f}));
    posterior.push_back(ellipsoid({s * 0.0145f, -0.015f, zb - 0.031f}, {0.0042f, 0.0085f, 0.006f}));
  }
  // Spinous process: a vertical blade with a knobbed tip (T12's points caudally).
  const float sp_len = v.spinous_length - 0.026f;
  const float tilt = (t12 ? 30.0f : l5 ? 12.0f : 3.0f) * deg;
  const V sp_dir{0.0f, -std::sin(tilt), -std::cos(tilt)};
  const V sp_base{0.0f, -0.004f, zb - 0.026f};
  const V sp_mid = sp_base + sp_dir * (0.5f * sp_len);
  const glm::mat3 sp_frame = glm::mat3(V(1, 0, 0), glm::cross(sp_dir, V(1, 0, 0)), sp_dir);
  posterior.push_back(
      ellipsoid(sp_mid, {0.0035f, 0.5f * v.spinous_height, 0.5f * sp_len + 0.004f}, sp_frame));
  posterior.push_back(sphere(sp_base + sp_dir * sp_len, 0.0052f));
  const Sdf arch = smooth_union(std::move(posterior), 0.004f);
  const Sdf local = [=](const glm::vec3& q) {
    // Body: a waisted elliptic cylinder with rounded rims, slightly flattened posteriorly.
    const float waist = 1.0f - 0.07f * std::max(0.0f, 1.0f - 4.0f * q.y * q.y / (h * h));
    const glm::vec2 r = glm::vec2(0.5f * w, 0.5f * d) * waist;
    const glm::vec2 xz{q.x, q.z < 0.0f ? q.z * 1.12f : q.z};
    const float d2 = (glm::length(xz / r) - 1.0f) * std::min(r.x, r.y);
    const float dy = std::abs(q.y) - 0.5f * h;
    constexpr float round = 0.0025f;
    const glm::vec2 e{d2 + round, dy + round};
    const float body = glm::length(glm::max(e, glm::vec2(0.0f))) + std::min(std::max(e.x, e.y), 0.0f) - round;
    return smooth_min(body, arch(q), 0.004f);
  };
  const V centre = v.centre;
  return [=](const glm::vec3& p) { return local(to_local * (p - centre)); };
}

Sdf femur_right() {
  const V hip{-0.086f, 0.920f, 0.005f};
  std::vector<Sdf> parts;
  parts.push_back(sphere(hip, 0.0235f));
  parts.push_back(round_cone(hip, {-0.121f, 0.897f, -0.004f}, 0.0165f, 0.019f));      // neck
  parts.push_back(ellipsoid({-0.139f, 0.905f, -0.012f}, {0.0135f, 0.024f, 0.019f}));  // greater trochanter
  parts.push_back(ellipsoid({-0.125f, 0.880f, -0.008f}, {0.019f, 0.027f, 0.017f}));   // intertrochanteric
  parts.push_back(ellipsoid({-0.097f, 0.866f, -0.019f}, {0.008f, 0.010f, 0.008f}));   // lesser trochanter
  parts.push_back(tube({{-0.127f, 0.872f, -0.006f},
                        {-0.118f, 0.780f, 0.002f},
                        {-0.108f, 0.680f, 0.007f},
                        {-0.098f, 0.600f, 0.006f},
                        {-0.090f, 0.552f, 0.002f}},
                       {0.017f, 0.0145f, 0.014f, 0.0155f, 0.022f}, 0.01f));
  parts.push_back(ellipsoid({-0.087f, 0.523f, -0.001f}, {0.036f, 0.030f, 0.025f}));  // distal metaphysis
  parts.push_back(ellipsoid({-0.108f, 0.501f, 0.000f}, {0.017f, 0.024f, 0.031f}));   // lateral condyle
  parts.push_back(ellipsoid({-0.064f, 0.501f, 0.000f}, {0.018f, 0.024f, 0.031f}));   // medial condyle
  parts.push_back(ellipsoid({-0.122f, 0.511f, -0.002f}, {0.008f, 0.012f, 0.014f}));  // lateral epicondyle
  parts.push_back(ellipsoid({-0.052f, 0.513f, 0.000f}, {0.008f, 0.012f, 0.014f}));   // medial epicondyle
  Sdf bone = smooth_union(std::move(parts), 0.008f);
  bone = smooth_subtract(std::move(bone), ellipsoid({-0.086f, 0.482f, -0.020f}, {0.010f, 0.020f, 0.021f}),
                         0.004f);  // intercondylar notch
  bone = smooth_subtract(std::move(bone), ellipsoid({-0.086f, 0.522f, 0.036f}, {0.008f, 0.032f, 0.006f}),
                         0.004f);  // trochlear groove
  return bone;
}

Sdf tibia_right() {
  std::vector<Sdf> parts;
  parts.push_back(ellipsoid({-0.086f, 0.455f, -0.003f}, {0.040f, 0.019f, 0.027f}));  // condyles / plateau
  parts.push_back(ellipsoid({-0.086f, 0.472f, -0.003f}, {0.008f, 0.006f, 0.008f}));  // eminence
  parts.push_back(round_cone({-0.086f, 0.445f, -0.003f}, {-0.083f, 0.370f, 0.000f}, 0.030f, 0.017f));
  parts.push_back(tube({{-0.083f, 0.370f, 0.000f},
                        {-0.080f, 0.250f, 0.001f},
                        {-0.078f, 0.140f, 0.000f},
                        {-0.080f, 0.100f, 0.000f}},
                       {0.017f, 0.0135f, 0.0145f, 0.020f}, 0.01f));
  parts.push_back(ellipsoid({-0.082f, 0.097f, 0.000f}, {0.024f, 0.011f, 0.020f}));  // plafond
  parts.push_back(ellipsoid({-0.084f, 0.438f, 0.024f}, {0.011f, 0.018f, 0.010f}));  // tuberosity
  parts.push_back(ellipsoid({-0.062f, 0.079f, 0.004f}, {0.008f, 0.017f, 0.011f}));  // medial malleolus
  return smooth_union(std::move(parts), 0.008f);
}

Sdf fibula_right() {
  std::vector<Sdf> parts;
  parts.push_back(ellipsoid({-0.123f, 0.447f, -0.014f}, {0.011f, 0.013f, 0.011f}));  // head
  parts.push_back(tube({{-0.123f, 0.440f, -0.014f},
                        {-0.118f, 0.300f, -0.010f},
                        {-0.120f, 0.150f, -0.008f},
                        {-0.125f, 0.095f, -0.010f}},
                       {0.008f, 0.0065f, 0.0065f, 0.009f}, 0.006f));
  parts.push_back(ellipsoid({-0.126f, 0.070f, -0.012f}, {0.008f, 0.022f, 0.012f}));  // lateral malleolus
  return smooth_union(std::move(parts), 0.006f);
}

Sdf patella_right() {
  std::vector<Sdf> parts;
  parts.push_back(ellipsoid({-0.086f, 0.518f, 0.053f}, {0.022f, 0.0205f, 0.0115f}));
  parts.push_back(ellipsoid({-0.086f, 0.501f, 0.052f}, {0.012f, 0.010f, 0.008f}));  // apex
  return smooth_union(std::move(parts), 0.006f);
}

Sdf foot_right() {
  std::vector<Sdf> parts;
  parts.push_back(ellipsoid({-0.086f, 0.068f, 0.008f}, {0.017f, 0.015f, 0.026f}));  // talus
  parts.push_back(round_cone({-0.090f, 0.040f, -0.042f}, {-0.092f, 0.040f, 0.015f}, 0.021f, 0.016f));
  parts.push_back(ellipsoid({-0.090f, 0.048f, 0.042f}, {0.026f, 0.015f, 0.018f}));  // navicular, cuboid
  parts.push_back(ellipsoid({-0.083f, 0.045f, 0.066f}, {0.022f, 0.012f, 0.012f}));  // cuneiforms
  for (int i = 0; i < 5; ++i) {
    const float fi = static_cast<float>(i);
    const V base{-0.068f - 0.0105f * fi, 0.042f - 0.002f * fi, 0.075f - 0.006f * fi};
    const V head{-0.062f - 0.0165f * fi, 0.020f, 0.138f - 0.011f * fi};
    const float rb = i == 0 ? 0.010f : 0.0072f;
    const float rh = i == 0 ? 0.009f : 0.0062f;
    parts.push_back(round_cone(base, head, rb, rh));
    const float len = i == 0 ? 0.056f : 0.046f - 0.0045f * fi;
    const V tip{head.x - 0.002f * fi, 0.015f, head.z + len};
    parts.push_back(round_cone(head, tip, rh * 0.9f, rh * 0.75f));
  }
  return smooth_union(std::move(parts), 0.006f);
}

std::vector<BoneShape> bone_shapes() {
  std::vector<BoneShape> shapes;
  const Sdf hip_r = hip_bone_right();
  shapes.push_back({"bone.pelvis",
                    "pelvis",
                    Side::mid,
                    hard_union({hip_r, mirror_sdf(hip_r)}),
                    {-0.16f, 0.85f, -0.09f},
                    {0.16f, 1.10f, 0.095f},
                    0.0019f,
                    8500,
                    j_pelvis});
  shapes.push_back({"bone.sacrum",
                    "sacrum and coccyx",
                    Side::mid,
                    sacrum_sdf(),
                    {-0.075f, 0.90f, -0.115f},
                    {0.075f, 1.09f, -0.01f},
                    0.0015f,
                    2000,
                    j_sacrum});
  for (std::size_t i = 0; i < vertebrae().size(); ++i) {
    const Vertebra& v = vertebrae()[i];
    shapes.push_back({"bone." + v.name, v.name + " vertebra", Side::mid, vertebra_sdf(i),
                      v.centre - V(0.5f * v.tp_span + 0.012f, 0.040f, 0.075f),
                      v.centre + V(0.5f * v.tp_span + 0.012f, 0.040f, 0.035f), 0.0012f,
                      v.name == "T12" ? std::size_t{900} : std::size_t{1400}, v.joint});
  }
  struct Paired {
    const char* name;
    const char* display;
    Sdf right;
    V lo, hi;
    float voxel;
    std::size_t triangles;
    int joint_l, joint_r;
  };
  const std::vector<Paired> paired{
      {"femur",
       "femur",
       femur_right(),
       {-0.17f, 0.46f, -0.045f},
       {-0.03f, 0.95f, 0.045f},
       0.0019f,
       2200,
       j_hip_l,
       j_hip_r},
      {"patella",
       "patella",
       patella_right(),
       {-0.115f, 0.48f, 0.03f},
       {-0.055f, 0.55f, 0.075f},
       0.0012f,
       300,
       j_knee_l,
       j_knee_r},
      {"tibia",
       "tibia",
       tibia_right(),
       {-0.135f, 0.05f, -0.04f},
       {-0.035f, 0.49f, 0.045f},
       0.0019f,
       1400,
       j_knee_l,
       j_knee_r},
      {"fibula",
       "fibula",
       fibula_right(),
       {-0.145f, 0.035f, -0.035f},
       {-0.10f, 0.47f, 0.01f},
       0.0015f,
       500,
       j_knee_l,
       j_knee_r},
      {"foot",
       "foot",
       foot_right(),
       {-0.16f, 0.0f, -0.075f},
       {-0.04f, 0.095f, 0.22f},
       0.0016f,
       1500,
       j_ankle_l,
       j_ankle_r},
  };
  for (const Side side : {Side::left, Side::right}) {
    for (const auto& b : paired) {
      BoneShape shape;
      shape.id = std::string("bone.") + b.name + side_suffix(side);
      shape.name = std::string(side == Side::left ? "left " : "right ") + b.display;
      shape.side = side;
      shape.voxel = b.voxel;
      shape.triangles = b.triangles;
      shape.joint = side == Side::left ? b.joint_l : b.joint_r;
      if (side == Side::left) {
        shape.sdf = mirror_sdf(b.right);
        shape.box_min = {-b.hi.x, b.lo.y, b.lo.z};
        shape.box_max = {-b.lo.x, b.hi.y, b.hi.z};
      } else {
        shape.sdf = b.right;
        shape.box_min = b.lo;
        shape.box_max = b.hi;
      }
      shapes.push_back(std::move(shape));
    }
  }
  return shapes;
}

}  // namespace modelgen
