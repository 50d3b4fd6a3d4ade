#pragma once
// What a frame asked the GPU to draw, counted where each draw is issued, so the figure cannot drift
// from the code: `posturelab bench` reports it, and tests use it to prove a pass was skipped.
namespace render {

struct DrawStats {
  long draw_calls = 0;
  long triangles = 0;

  void count(long triangle_count) {
    ++draw_calls;
    triangles += triangle_count;
  }
  DrawStats& operator+=(const DrawStats& other) {
    draw_calls += other.draw_calls;
    triangles += other.triangles;
    return *this;
  }
  bool operator==(const DrawStats&) const = default;
};

}  // namespace render
