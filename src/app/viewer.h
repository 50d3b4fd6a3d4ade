#pragma once
// One PostureLab view: the scene renderer, the multisampled target, the UI layer, the anatomy and
// the session state they show. The window and the headless commands (screenshot, bench) render
// every frame through here, so what a screenshot shows is what the window shows. The viewer owns
// no model state: it reads the session each frame and carries out the session's ViewerEffects.
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "anatomy/anchors.h"
#include "anatomy/view_preset.h"
#include "app/anatomy_view.h"
#include "app/session.h"
#include "app/settings.h"
#include "app/story_projection.h"
#include "app/ui_layer.h"
#include "biomech/inputs.h"
#include "content/library.h"
#include "core/result.h"
#include "render/camera.h"
#include "render/image.h"
#include "render/render_target.h"
#include "render/scene_picture.h"
#include "render/scene_renderer.h"
#include "ui/geometry.h"
#include "ui/ui_layout.h"

struct GLFWwindow;

namespace app {

// A picture of the current state, for File › Export image and `posturelab screenshot`.
struct ImageRequest {
  ui::ExportChoice image;   // size (at most 4K), background, labels
  bool interface = false;   // the panels and the menu too (a screenshot without --no-ui)
  float text_scale = 0.0f;  // the labels' text size; 0: grows with the picture (picture_text_scale)
};

struct ViewerSettings {
  Settings settings;  // language, text size, theme, toggles
  anatomy::ViewPreset initial_view = anatomy::ViewPreset::side;
  bool show_ui = true;
  int msaa_samples = 4;
  // The meshes' level of detail for the next frames: the window draws moving frames simplified.
  render::Detail detail = render::Detail::full;
  // Headless frames jump to the pose the model asks for (a screenshot shows where a change ends);
  // the bench lets the pose glide after the sliders as the window does.
  bool glide_pose_headless = false;
};

class Viewer {
 public:
  // Needs a current GL 3.3 context; `window` is null when headless.
  static core::Result<std::unique_ptr<Viewer>> create(GLFWwindow* window, const ViewerSettings& settings,
                                                      const biomech::Inputs& inputs);

  // Draws one frame of the given size. Headless: into the offscreen target (read it with capture()).
  // Window: resolved into the default framebuffer; the caller swaps buffers.
  core::Status render_frame(int width_px, int height_px, float delta_s);
  render::Image capture(render::Alpha alpha = render::Alpha::opaque) const {
    return target_.read_resolved(alpha);
  }
  // Renders the current state offscreen at the request's size and reads it back: the frames the
  // window draws, without the panels unless asked, with or without the labels, opaque or on a
  // transparent background. What the window shows next is as it was (viewer_export.cpp).
  core::Result<render::Image> render_image(const ImageRequest& request);
  // True while something on screen still moves (a glide, the walk, fatigue playback).
  bool animating() const;
  // What the last render_frame() drew, the scene and the UI together.
  render::DrawStats last_frame_stats() const;
  // The samples the multisampled target has (the driver may give fewer than asked); 0 when off.
  int msaa_samples() const { return target_.samples(); }
  // The samples the next frames are drawn with (ViewerSettings::msaa_samples until set): the window
  // turns MSAA off while the picture moves (adaptive_antialiasing.h).
  void set_msaa_samples(int samples) { settings_.msaa_samples = samples; }
  int requested_msaa_samples() const { return settings_.msaa_samples; }
  // Likewise the level of detail (render::Detail): simplified while the picture moves.
  void set_detail(render::Detail detail) { settings_.detail = detail; }

  Session& session() { return *session_; }
  // Why the article, tour and labels are missing (a broken content file); empty when they loaded.
  const std::string& content_error() const { return content_error_; }
  const AnatomyView& anatomy() const { return anatomy_; }
  void set_view(anatomy::ViewPreset view);
  // The default view: the teaching view (side), framed on the pelvis and the lumbar spine.
  void home_view();
  // Brings the camera close to the selected structure (a double click), keeping its direction.
  void focus_selected();
  // A structure found by name (base id): the first of its nodes the model has is shown if the
  // layers hid it, selected (its card opens) and brought close. Nothing while the quiz runs.
  void find_structure(const std::string& base_id);
  void frame_model();
  render::OrbitCamera& camera() { return camera_; }
  const render::OrbitCamera& camera() const { return camera_; }
  UiLayer* ui() { return ui_.get(); }
  void change_font_scale(float delta);
  // Carries out what the session asks of the camera and the fonts.
  void carry_out(const ViewerEffects& effects);
  // The session's scenario with this camera; opening one changes nothing when it fails.
  Scenario scenario() const;
  core::Status open_scenario(const Scenario& scenario);
  // File › Quit asked the window to close.
  bool quit_requested() const { return quit_requested_; }

  // Hover and click from the window (pixels, origin top left): they pick with an id pass, so they
  // draw (see structure_picking.h).
  void hover(glm::vec2 pixel);
  void click(glm::vec2 pixel);
  // A right click: the structure under it gets its menu (nothing while an identify question waits).
  void context_click(glm::vec2 pixel);
  bool pointer_in_viewport(glm::vec2 pixel) const { return last_viewport_.contains(pixel.x, pixel.y); }
  // What the interface showed in the last frame, as JSON (see ui_report.h).
  std::string ui_report() const;

 private:
  Viewer() = default;
  float effective_font_scale() const;
  void frame_preset_view();
  // Projects the landmarks, the story region, the angles and the pulls with this frame's camera
  // (and the reference's, in the before/after view).
  void project_story(int width_px, int height_px, const render::OrbitCamera* reference_camera);
  // One per structure, kept by the renderer (which sorts translucent layers by them).
  const std::vector<anatomy::StructureAnchor>& structure_anchors() const;
  ui::UiSnapshot snapshot(int width_px, int height_px) const;

  // What a frame draws: the window's own, or an exported picture's (render_image).
  struct FrameMode {
    bool offscreen = false;  // into the offscreen target, even with a window
    bool panels = true;
    bool labels = true;
    bool transparent = false;
  };
  FrameMode frame_mode() const;

  GLFWwindow* window_ = nullptr;
  ViewerSettings settings_;
  std::optional<FrameMode> exporting_;
  // A file the File menu asked for, carried out before the next frame is drawn (file_commands.h):
  // an export draws frames of its own, which cannot happen inside the frame that asked.
  std::optional<FileRequest> pending_file_;
  bool quit_requested_ = false;
  std::unique_ptr<render::SceneRenderer> scene_;
  std::unique_ptr<UiLayer> ui_;
  std::unique_ptr<content::Library> library_;
  std::string content_error_;
  std::unique_ptr<Session> session_;
  render::RenderTarget target_;
  render::OrbitCamera camera_;
  anatomy::ViewPreset view_ = anatomy::ViewPreset::side;   // the preset the camera was last set to
  std::optional<anatomy::ViewPreset> view_before_lesson_;  // restored when the tour or quiz ends
  AnatomyView anatomy_;
  std::vector<anatomy::ScreenAnchor> callout_anchors_;  // projected this frame, for the UI
  ProjectedStory story_;                                // the lesson's landmarks, angles and pulls on screen
  std::optional<ProjectedStory> reference_story_;       // the left of the before/after view
  std::optional<std::pair<ui::Rect, ui::Rect>> compare_rects_;  // its two halves, this frame
  render::SceneView last_view_;                                 // what the last frame drew, for picking
  // What the multisampled target holds: the scene's picture, or the before/after view's two, of
  // which model at which samples; none after an export or before the first frame.
  struct DrawnScene {
    std::vector<render::ScenePicture> pictures;
    const anatomy::Scene* model = nullptr;
    int samples = 0;
    bool operator==(const DrawnScene&) const = default;
  };
  std::optional<DrawnScene> drawn_scene_;
  ui::Rect last_viewport_;
  std::optional<ui::Rect> last_scene_rect_;  // where the UI left room for the anatomy last frame
  ui::UiLayout last_layout_;
  std::vector<UiLayer::WindowInfo> last_windows_;
  int last_width_px_ = 0, last_height_px_ = 0;
  bool pending_view_ = true;  // frame the camera once the first layout is known
  std::optional<biomech::Activity> framed_activity_;
};

}  // namespace app
