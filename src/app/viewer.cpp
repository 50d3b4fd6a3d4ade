#include "app/viewer.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>

#include "app/angle_overlays.h"
#include "app/callout_anchors.h"
#include "app/camera_framing.h"
#include "app/file_commands.h"
#include "app/legends.h"
#include "app/muscle_pulls.h"
#include "app/pose_from_model.h"
#include "app/scene_props.h"
#include "app/structure_picking.h"
#include "app/ui_report.h"
#include "render/anatomy_renderer.h"
#include "ui/app_ui.h"

namespace app {
namespace {
// Presentation mode enlarges every text for a projector.
constexpr float kPresentationTextScale = 1.35f;
}  // namespace

core::Result<std::unique_ptr<Viewer>> Viewer::create(GLFWwindow* window, const ViewerSettings& settings,
                                                     const biomech::Inputs& inputs) {
  std::unique_ptr<Viewer> viewer(new Viewer());
  viewer->window_ = window;
  viewer->settings_ = settings;
  auto scene = render::SceneRenderer::create();
  if (!scene) return scene.error();
  viewer->scene_ = std::move(*scene);
  viewer->anatomy_.load(*viewer->scene_);
  std::string notice;
  if (viewer->anatomy_.load_error()) {
    std::fprintf(stderr, "posturelab: warning: %s\n", viewer->anatomy_.load_error()->c_str());
    notice = *viewer->anatomy_.load_error();
  }

  auto library = content::Library::load();
  if (library) {
    viewer->library_ = std::make_unique<content::Library>(std::move(*library));
    for (const auto& warning : viewer->library_->warnings())
      std::fprintf(stderr, "posturelab: warning: %s\n", warning.c_str());
  } else {
    viewer->content_error_ = library.error().message;
    std::fprintf(stderr, "posturelab: error: %s\n", viewer->content_error_.c_str());
  }
  viewer->session_ = std::make_unique<Session>(viewer->library_.get(), inputs, settings.settings);
  viewer->session_->set_notice(notice);

  if (settings.show_ui || window) {
    auto ui = UiLayer::create(window, viewer->effective_font_scale(), settings.settings.theme);
    if (!ui) return ui.error();
    viewer->ui_ = std::move(*ui);
    if (!viewer->ui_->font_notice().empty()) viewer->session_->set_notice(viewer->ui_->font_notice());
  }
  viewer->set_view(settings.initial_view);
  return viewer;
}

float Viewer::effective_font_scale() const {
  const float scale = session_ ? session_->settings().font_scale : settings_.settings.font_scale;
  const bool presenting = session_ && session_->presentation();
  return std::clamp(scale * (presenting ? kPresentationTextScale : 1.0f), ui::kMinFontScale,
                    ui::kMaxFontScale);
}

const std::vector<anatomy::StructureAnchor>& Viewer::structure_anchors() const {
  static const std::vector<anatomy::StructureAnchor> none;
  return scene_->anatomy() ? scene_->anatomy()->anchors() : none;
}

void Viewer::set_view(anatomy::ViewPreset view) {
  view_ = view;
  frame_preset_view();
}

void Viewer::frame_preset_view() {
  const biomech::Activity activity = framed_activity_.value_or(biomech::Activity::stand);
  const anatomy::Scene* scene = anatomy_.scene();
  const anatomy::PosedScene posed = scene ? anatomy_.target_posed() : anatomy::PosedScene{};
  camera_.set_view(view_, framing_bounds(activity, scene_->model_bounds(), posed, structure_anchors()));
  if (!scene) return;
  // A tour step frames what it talks about: its highlighted structures, close.
  if (session_->tour_active())
    if (auto bounds = highlight_bounds(*scene, posed, structure_anchors(), session_->layers().highlighted)) {
      // Room around them for their neighbours and the callouts.
      camera_.frame_box(*bounds, 1.35f);
      return;
    }
  // The teaching view frames the pelvis and the lumbar spine of the reference posture: the camera
  // stays still while the sliders tilt the pelvis, so the change shows as movement on screen.
  if (is_teaching_view(view_, activity))
    if (auto bounds = teaching_bounds(*scene, anatomy_.reference_posed())) camera_.frame_box(*bounds);
}

void Viewer::frame_model() { camera_.frame(scene_->model_bounds()); }

Viewer::FrameMode Viewer::frame_mode() const {
  if (exporting_) return *exporting_;
  return FrameMode{window_ == nullptr, settings_.show_ui, true, false};
}

namespace {
// A clip rectangle in whole window pixels.
std::array<int, 4> clip_of(float x, float y, float w, float h) {
  const int x0 = std::max(0, static_cast<int>(std::floor(x))),
            y0 = std::max(0, static_cast<int>(std::floor(y)));
  return {x0, y0, std::max(0, static_cast<int>(std::ceil(x + w)) - x0),
          std::max(0, static_cast<int>(std::ceil(y + h)) - y0)};
}
}  // namespace

void Viewer::home_view() {
  view_ = anatomy::ViewPreset::side;
  camera_.stop_orbit();
  pending_view_ = true;
}

void Viewer::focus_selected() {
  const anatomy::Scene* scene = anatomy_.scene();
  if (!scene) return;
  const auto bounds =
      highlight_bounds(*scene, anatomy_.posed(), structure_anchors(), {session_->selected_structure()});
  if (!bounds) return;
  camera_.stop_orbit();
  // Room around it for its neighbours, so the eye keeps its place in the body.
  camera_.frame_box(*bounds, 2.0f);
}

void Viewer::find_structure(const std::string& base_id) {
  const anatomy::Scene* scene = anatomy_.scene();
  if (!scene || !library_ || session_->quiz()) return;
  for (const anatomy::Structure& s : scene->structures) {
    if (!names_structure(base_id, s.id, library_->structures())) continue;
    ui::UiActions actions;
    actions.layers.push_back(ui::LayerCommand::for_structure(ui::LayerAction::show, s.id));
    actions.select_structure = s.id;
    carry_out(session_->apply(actions));
    focus_selected();
    return;
  }
}

void Viewer::change_font_scale(float delta) {
  ui::UiActions actions;
  actions.font_scale = session_->settings().font_scale + delta;
  carry_out(session_->apply(actions));
}

render::DrawStats Viewer::last_frame_stats() const {
  render::DrawStats stats = scene_->stats();
  if (ui_ && settings_.show_ui) stats += ui_->last_stats();
  return stats;
}

bool Viewer::animating() const {
  return anatomy_.animating() || camera_.coasting() || (session_ && session_->fatigue_playing());
}

void Viewer::carry_out(const ViewerEffects& effects) {
  // Leaving a lesson (the tour or the quiz) gives back the view the user had before it.
  if (session_->lesson_active() && !view_before_lesson_) view_before_lesson_ = view_;
  if (!session_->lesson_active() && view_before_lesson_) {
    view_ = *view_before_lesson_;
    view_before_lesson_.reset();
    pending_view_ = true;
  }
  if (effects.view) {
    view_ = *effects.view;
    // Framed in the next frame, once the pose has the new state (a tour step's structures).
    pending_view_ = true;
  }
  if (effects.camera) {
    view_ = effects.camera->view;
    if (effects.camera->pose) {
      // Where the file left the camera, not where the preset would frame it.
      camera_.set_pose(*effects.camera->pose);
      pending_view_ = false;
      framed_activity_ = session_->target_inputs().activity;
    } else {
      pending_view_ = true;
    }
  }
  if (effects.file) pending_file_ = effects.file;
  if (effects.quit) quit_requested_ = true;
  if (effects.frame_model) frame_model();
  if (effects.style_changed && ui_) ui_->set_style(effective_font_scale(), session_->settings().theme);
}

Scenario Viewer::scenario() const {
  Scenario scenario = session_->scenario();
  scenario.camera = ScenarioCamera{view_, camera_.pose()};
  return scenario;
}

core::Status Viewer::open_scenario(const Scenario& scenario) {
  if (auto status = session_->check_scenario(scenario); !status) return status;
  carry_out(session_->open_scenario(scenario));
  return {};
}

void Viewer::hover(glm::vec2 pixel) {
  session_->set_hovered(structure_at(*scene_, last_view_, anatomy_.scene(), last_viewport_, pixel));
}

void Viewer::click(glm::vec2 pixel) {
  hover(pixel);
  ui::UiActions actions;
  actions.select_structure = session_->hovered_structure();
  carry_out(session_->apply(actions));
}

void Viewer::context_click(glm::vec2 pixel) {
  hover(pixel);
  session_->open_structure_menu(session_->hovered_structure());
}

ui::UiSnapshot Viewer::snapshot(int width_px, int height_px) const {
  ui::UiSnapshot snapshot = session_->snapshot(static_cast<float>(width_px), static_cast<float>(height_px));
  snapshot.anchors = callout_anchors_;
  if (const anatomy::Scene* scene = anatomy_.scene(); scene && !snapshot.selected_structure.empty())
    if (auto index = scene->find_structure(snapshot.selected_structure))
      snapshot.selected_muscle = muscle_group_of(scene->structures[static_cast<std::size_t>(*index)].group);
  snapshot.story_region = story_.region;
  snapshot.angles = story_.angles;
  snapshot.pulls = story_.pulls;
  if (reference_story_) {
    // Before and after side by side: each side's lines on its own anatomy, and the differences
    // listed between them instead of callouts.
    snapshot.angles.insert(snapshot.angles.end(), reference_story_->angles.begin(),
                           reference_story_->angles.end());
    snapshot.pulls.insert(snapshot.pulls.end(), reference_story_->pulls.begin(),
                          reference_story_->pulls.end());
    snapshot.show_callouts = false;
    if (compare_rects_) snapshot.compare_rects = *compare_rects_;
  }
  snapshot.legends = anatomy_legends(library_.get(), session_->settings().language,
                                     session_->settings().muscle_colour, anatomy_.discs_show_change());
  return snapshot;
}

// One frame, in this order:
//   1. the session advances: the input glide moves, the model is solved for what it shows, the
//      fatigue playback runs;
//   2. the anatomy view takes the shown inputs, the solved results and the layers, and the pose
//      glides towards them (headless frames jump there);
//   3. the camera is fitted into the region the UI left for the anatomy in the *previous* frame:
//      ImGui sizes its panels (the article panel grows with its text) only while it draws, which
//      is after the scene beneath it must be drawn. The layout rarely changes, so a frame's lag is
//      invisible, where waiting for it would cost a second scene pass every frame;
//   4. the callout anchors are projected with that camera;
//   5. the scene is drawn into the multisampled target (unless it already holds this frame's picture)
//      and resolved;
//   6. the UI draws the snapshot over it and returns the user's actions and its layout;
//   7. the session carries out the actions, and the viewer their effects on camera and fonts,
//      which the next frame shows.
core::Status Viewer::render_frame(int width_px, int height_px, float delta_s) {
  if (pending_file_ && !exporting_) {
    const FileRequest request = *pending_file_;
    pending_file_.reset();
    carry_out_file_request(*this, request);
  }
  if (auto status = target_.resize(width_px, height_px, settings_.msaa_samples); !status) return status;
  const FrameMode mode = frame_mode();
  // 1, 2.
  session_->update(delta_s);
  // An exported picture shows the selection but not what the pointer happens to hover.
  const AnatomyLook look{
      session_->settings().show_ghost, session_->settings().muscle_colour, session_->hamstring_fatigue(),
      exporting_ ? std::string() : session_->hovered_structure(), session_->selected_structure()};
  anatomy_.show(session_->shown_inputs(), session_->solved());
  anatomy_.set_layers(session_->layers());
  anatomy_.update(delta_s, window_ == nullptr && !settings_.glide_pose_headless);

  camera_.coast(delta_s);  // a released orbit slows down
  // 3. Centre the model in the part of the window the panels leave free.
  const bool panels = ui_ && mode.panels;
  const auto window_w = static_cast<float>(width_px), window_h = static_cast<float>(height_px);
  const ui::Rect free =
      panels ? ui::free_viewport(window_w, window_h, effective_font_scale(), session_->presentation())
             : ui::Rect{0.0f, 0.0f, window_w, window_h};
  last_viewport_ = free;
  const ui::Rect region = panels && last_scene_rect_ ? *last_scene_rect_ : free;
  camera_.set_screen_region(region.x, region.y, region.w, region.h, window_w, window_h);
  if (pending_view_ || framed_activity_ != session_->target_inputs().activity) {
    framed_activity_ = session_->target_inputs().activity;
    pending_view_ = false;
    frame_preset_view();
  }
  // The before/after view: one camera, the reference in the left half, the current state in the
  // right (where picking and hover look).
  std::optional<render::OrbitCamera> reference_camera;
  compare_rects_.reset();
  if (session_->compare()) {
    const float gap = 0.02f * region.w;
    const ui::Rect left{region.x, region.y, 0.5f * region.w - gap, region.h};
    const ui::Rect right{region.x + 0.5f * region.w + gap, region.y, 0.5f * region.w - gap, region.h};
    compare_rects_ = std::pair{left, right};
    reference_camera = camera_;
    reference_camera->set_screen_region(left.x, left.y, left.w, left.h, window_w, window_h);
    camera_.set_screen_region(right.x, right.y, right.w, right.h, window_w, window_h);
  }
  // 4.
  const anatomy::Scene* scene = anatomy_.scene();
  callout_anchors_ =
      scene ? callout_anchors(*scene, anatomy_.posed(), structure_anchors(), camera_, width_px, height_px)
            : std::vector<anatomy::ScreenAnchor>{};
  project_story(width_px, height_px, reference_camera ? &*reference_camera : nullptr);
  // 5. An exported picture is always drawn in full detail.
  const render::Detail detail = exporting_ ? render::Detail::full : settings_.detail;
  scene_->reset_stats();
  std::optional<render::SceneView> before;
  if (reference_camera && compare_rects_) {
    before.emplace(*reference_camera, width_px, height_px, !mode.transparent, anatomy_.reference_frame(look));
    before->anatomy.detail = detail;
    before->transparent_background = mode.transparent;
    if (scene)
      before->props = scene_props(*scene, anatomy_.reference_posed(), session_->shown_inputs().activity);
    before->clip_px = clip_of(0.0f, 0.0f, region.x + 0.5f * region.w, window_h);
  }
  last_view_ = render::SceneView{camera_, width_px, height_px, !mode.transparent, anatomy_.frame(look)};
  last_view_.transparent_background = mode.transparent;  // the floor grid goes with the background
  last_view_.anatomy.detail = detail;
  if (scene) last_view_.props = scene_props(*scene, anatomy_.posed(), session_->shown_inputs().activity);
  if (compare_rects_)
    last_view_.clip_px =
        clip_of(region.x + 0.5f * region.w, 0.0f, window_w - (region.x + 0.5f * region.w), window_h);
  // The multisampled target still holds the last frame's scene (the interface is drawn after the
  // resolve): when this frame's would come out the same, it is resolved again and not redrawn.
  DrawnScene wanted{{}, scene, target_.samples()};
  if (before) wanted.pictures.push_back(render::picture_of(*before));
  wanted.pictures.push_back(render::picture_of(last_view_));
  if (exporting_ || drawn_scene_ != wanted) {
    target_.bind_multisampled();
    if (before) scene_->draw(*before);
    scene_->draw(last_view_);
    // An export's frames leave nothing to reuse: the window's next frame draws its own.
    drawn_scene_ = exporting_ ? std::nullopt : std::optional<DrawnScene>(std::move(wanted));
  }
  if (!mode.offscreen) {
    target_.resolve_into(0);
  } else {
    target_.resolve();
    target_.bind_resolved();
  }
  if (!ui_ || (!panels && !(exporting_ && mode.labels))) return {};
  // 6.
  ui_->begin_frame(width_px, height_px, delta_s, mode.offscreen);
  ui::UiActions actions;
  if (library_) {
    ui::UiSnapshot shown = snapshot(width_px, height_px);
    shown.panels = panels;
    // Only a window greets, never a picture; not while a lesson or a quiz runs.
    shown.show_welcome =
        window_ && panels && !session_->settings().welcome_seen && !shown.tour.active && !shown.quiz.active;
    if (!mode.labels) shown.show_callouts = shown.show_angles = shown.show_pulls = false;
    last_layout_ = ui::draw_app_ui(shown, actions);
    last_scene_rect_ = last_layout_.scene;
  } else {
    ui::draw_content_error(content_error_);
  }
  ui_->end_frame_and_draw();
  last_windows_ = ui_->visible_windows();
  last_width_px_ = width_px;
  last_height_px_ = height_px;
  // 7. A picture's frames ask nothing of the session.
  if (!exporting_) carry_out(session_->apply(actions));
  if (!exporting_ && actions.find_structure) find_structure(*actions.find_structure);
  return {};
}

void Viewer::project_story(int width_px, int height_px, const render::OrbitCamera* reference_camera) {
  story_ = {};
  reference_story_.reset();
  const anatomy::Scene* scene = anatomy_.scene();
  const biomech::Outputs* current = session_->solved().current();
  const biomech::Outputs* reference = session_->solved().reference();
  if (!scene || !current || !reference) return;
  const glm::vec2 window(static_cast<float>(width_px), static_cast<float>(height_px));
  story_ = app::project_story(*scene, anatomy_.posed(), *current, anatomy_.reference_posed(), *reference,
                              camera_, window);
  // The left of the before/after view: the reference alone, its own lines, no faint second set.
  if (reference_camera)
    reference_story_ = app::project_story(*scene, anatomy_.reference_posed(), *reference,
                                          anatomy::PosedScene{}, *reference, *reference_camera, window);
}

std::string Viewer::ui_report() const {
  std::vector<SceneReport> scenes;
  if (reference_story_ && compare_rects_)
    scenes.push_back({"reference", compare_rects_->first, reference_story_->landmarks,
                      reference_story_->angles, reference_story_->pulls});
  scenes.push_back({"current", compare_rects_ ? compare_rects_->second : last_viewport_, story_.landmarks,
                    story_.angles, story_.pulls});
  return ui_report_json(last_layout_, last_windows_, *session_, last_width_px_, last_height_px_, scenes);
}

}  // namespace app
