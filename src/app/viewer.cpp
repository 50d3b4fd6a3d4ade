#include "app/viewer.h"

#include <algorithm>
#include <cstdio>

#include <imgui.h>

#include "anatomy/anchors.h"
#include "app/pose_from_model.h"
#include "app/ui_report.h"
#include "content/format.h"
#include "render/colour_scales.h"
#include "render/labels.h"
#include "ui/app_ui.h"
#include "ui/overlay_panels.h"

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
  viewer->model_.load(*viewer->scene_);
  std::string notice;
  if (viewer->model_.load_error()) {
    std::fprintf(stderr, "posturelab: warning: %s\n", viewer->model_.load_error()->c_str());
    notice = *viewer->model_.load_error();
  }
  if (viewer->model_.scene())
    viewer->structure_anchors_ = anatomy::make_structure_anchors(*viewer->model_.scene());

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
  viewer->model_.set_inputs(viewer->session_->shown_inputs());

  if (settings.show_ui || window) {
    auto ui = UiLayer::create(window, viewer->effective_font_scale(), settings.settings.theme);
    if (!ui) return ui.error();
    viewer->ui_ = std::move(*ui);
    if (!viewer->ui_->font_notice().empty()) viewer->session_->set_notice(viewer->ui_->font_notice());
  }
  viewer->session_->set_legends(viewer->legends());
  viewer->last_view_preset_ = settings.view;
  viewer->set_view(settings.view);
  return viewer;
}

// The legends show the renderer's own colour stops, so the picture and its key never disagree.
std::vector<ui::Legend> Viewer::legends() const {
  auto legend = [](const render::ColourScale& scale, std::string title, std::string low, std::string high) {
    ui::Legend l{std::move(title), std::move(low), std::move(high), {}, {}, {}};
    for (const auto& stop : scale.stops)
      l.stops.push_back({stop.value, {stop.colour.r, stop.colour.g, stop.colour.b}});
    return l;
  };
  const content::Language language = session_->settings().language;
  ui::Legend discs = legend(render::disc_pressure_scale(), "legend.disc_pressure", "legend.disc_pressure.low",
                            "legend.disc_pressure.high");
  const std::string mpa = library_ ? std::string(library_->text(language, "unit.mpa")) : std::string("MPa");
  discs.low_value = content::format_number(0.0, 0, language) + " " + mpa;
  discs.high_value = content::format_number(kDiscPressureLegendMax_mpa, 1, language) + " " + mpa;
  discs.value_max = kDiscPressureLegendMax_mpa;
  return {legend(render::muscle_strength_scale(), "legend.muscle_strength", "legend.muscle_strength.weak",
                 "legend.muscle_strength.normal"),
          discs};
}

float Viewer::effective_font_scale() const {
  const float scale = session_ ? session_->settings().font_scale : settings_.settings.font_scale;
  const bool presenting = session_ && session_->presentation();
  return std::clamp(scale * (presenting ? kPresentationTextScale : 1.0f), ui::kMinFontScale,
                    ui::kMaxFontScale);
}

// The preset views frame the part of the body this story is about, from the knees to the lowest
// ribs, so pelvis, spine and thigh muscles are large; F frames the whole model.
namespace {
anatomy::Aabb story_bounds(anatomy::Aabb bounds) {
  bounds.min.y = std::max(bounds.min.y, bounds.min.y + 0.33f * (bounds.max.y - bounds.min.y));
  return bounds;
}
}  // namespace

void Viewer::set_view(render::ViewPreset view) {
  last_view_preset_ = view;
  camera_.set_view(view, story_bounds(scene_->model_bounds()));
  if (framed_activity_ && *framed_activity_ != biomech::Activity::stand) frame_posed_body();
}

void Viewer::frame_posed_body() {
  const anatomy::Scene* scene = model_.scene();
  if (!scene || structure_anchors_.empty()) return;
  const biomech::Activity activity = session_->target_inputs().activity;
  const bool upright = activity == biomech::Activity::stand || activity == biomech::Activity::walk;
  if (upright) {
    camera_.set_view(last_view_preset_, story_bounds(scene_->model_bounds()));
    return;
  }
  // Lying, sitting and bending move the body far from its standing bounds: frame the posed structures.
  const anatomy::PosedScene posed = model_.target_posed();
  anatomy::Aabb bounds{glm::vec3(1e9f), glm::vec3(-1e9f)};
  for (const auto& anchor : structure_anchors_) {
    const glm::vec3 p = anatomy::posed_anchor(posed, anchor);
    bounds.min = glm::min(bounds.min, p);
    bounds.max = glm::max(bounds.max, p);
  }
  constexpr float kMargin_m = 0.08f;  // anchors are structure centres: leave room for their extent
  bounds.min -= glm::vec3(kMargin_m);
  bounds.max += glm::vec3(kMargin_m);
  camera_.set_view(last_view_preset_, bounds);
}
void Viewer::frame_model() { camera_.frame(scene_->model_bounds()); }

void Viewer::change_font_scale(float delta) {
  ui::UiActions actions;
  actions.font_scale = session_->settings().font_scale + delta;
  carry_out(session_->apply(actions));
}

bool Viewer::animating() const { return model_.animating() || (session_ && session_->fatigue_playing()); }

void Viewer::apply_layer(const ui::LayerCommand& command) {
  render::Layers& layers = model_.layers();
  const anatomy::Scene* scene = model_.scene();
  auto category_of = [](const std::string& name) -> std::optional<anatomy::Category> {
    return anatomy::category_from_name(name);
  };
  auto structures_matching = [&](auto predicate) {
    std::vector<int> found;
    if (!scene) return found;
    for (std::size_t i = 0; i < scene->structures.size(); ++i)
      if (predicate(scene->structures[i])) found.push_back(static_cast<int>(i));
    return found;
  };
  using ui::LayerAction;
  if (command.action == LayerAction::show_all) {
    layers = render::Layers{};
    return;
  }
  if (command.action == LayerAction::xray_on || command.action == LayerAction::xray_off) {
    // X-ray: bone and skin become see-through so muscles and discs show inside.
    const auto mode =
        command.action == LayerAction::xray_on ? render::LayerMode::xray : render::LayerMode::shown;
    layers.set(anatomy::Category::skin, mode);
    layers.set(anatomy::Category::bone, mode);
    return;
  }
  const auto mode =
      command.action == LayerAction::hide ? render::LayerMode::hidden : render::LayerMode::shown;
  switch (command.target) {
    case ui::LayerTarget::category:
      if (auto category = category_of(command.name)) {
        if (command.action == LayerAction::isolate) {
          layers = render::Layers{};
          layers.isolate_category = *category;
        } else {
          layers.isolate_category.reset();
          layers.set(*category, mode);
        }
      }
      break;
    case ui::LayerTarget::group:
      if (command.action == LayerAction::isolate) {
        layers = render::Layers{};
        for (const char* c : {"bone", "muscle", "tendon", "disc", "skin"})
          layers.set(*category_of(c), render::LayerMode::hidden);
        for (int i :
             structures_matching([&](const anatomy::Structure& s) { return s.group == command.name; }))
          layers.structure[i] = render::LayerMode::shown;
      } else {
        for (int i :
             structures_matching([&](const anatomy::Structure& s) { return s.group == command.name; }))
          layers.structure[i] = mode;
      }
      break;
    case ui::LayerTarget::structure:
      if (scene) {
        if (auto index = scene->find_structure(command.name)) {
          if (command.action == LayerAction::isolate) {
            layers = render::Layers{};
            layers.isolate_structure = *index;
          } else {
            layers.structure[*index] = mode;
          }
        }
      }
      break;
  }
}

// The tour's highlighted structures stay solid while everything else turns to x-ray.
void Viewer::apply_highlights() {
  const auto& wanted = session_->highlighted();
  if (wanted == applied_highlights_) return;
  applied_highlights_ = wanted;
  render::Layers& layers = model_.layers();
  layers = render::Layers{};
  const anatomy::Scene* scene = model_.scene();
  if (wanted.empty() || !scene) return;
  for (const char* c : {"bone", "muscle", "tendon", "disc"})
    layers.set(*anatomy::category_from_name(c), render::LayerMode::xray);
  layers.set(anatomy::Category::skin, render::LayerMode::hidden);
  for (std::size_t i = 0; i < scene->structures.size(); ++i) {
    const std::string& id = scene->structures[i].id;
    for (const auto& base : wanted) {
      // A base id ("muscle.semimembranosus") stands for both sides.
      if (id == base || id.rfind(base + ".", 0) == 0)
        layers.structure[static_cast<int>(i)] = render::LayerMode::shown;
    }
  }
}

void Viewer::carry_out(const ViewerEffects& effects) {
  if (effects.view) set_view(static_cast<render::ViewPreset>(*effects.view));
  if (effects.frame_model) frame_model();
  if (effects.style_changed && ui_) ui_->set_style(effective_font_scale(), session_->settings().theme);
  session_->set_legends(legends());  // numbers in the legends follow the language
  for (const auto& command : effects.layers) apply_layer(command);
  if (effects.selection_changed) select(session_->selected_structure());
}

void Viewer::select(const std::string& structure_id) {
  session_->set_selected(structure_id);
  const anatomy::Scene* scene = model_.scene();
  int index = -1;
  if (scene && !structure_id.empty())
    if (auto found = scene->find_structure(structure_id)) index = *found;
  model_.set_selected(index);
}

void Viewer::hover(glm::vec2 pixel) {
  const anatomy::Scene* scene = model_.scene();
  std::string id;
  int index = -1;
  if (scene && pointer_in_viewport(pixel)) {
    if (auto picked = scene_->pick(last_view_, pixel)) {
      index = *picked;
      id = scene->structures[static_cast<std::size_t>(index)].id;
    }
  }
  model_.set_hovered(index);
  session_->set_hovered(id);
}

void Viewer::click(glm::vec2 pixel) {
  hover(pixel);
  select(session_->hovered_structure());
}

void Viewer::sync_anatomy() {
  model_.set_inputs(session_->shown_inputs());
  model_.show_ghost() = session_->settings().show_ghost;
  // Muscles are coloured by the strength they have; during fatigue playback the hamstrings pale as
  // they tire (the strength still available).
  model_.muscle_colouring() = render::MuscleColouring::strength;
  model_.set_hamstring_fatigue(session_->hamstring_fatigue());
  apply_highlights();
}

// Sitting needs something to sit on: a plain stool under the sitting bones, so a patient sees a
// seat rather than a body floating in the air.
std::vector<render::Prop> Viewer::props() const {
  const anatomy::Scene* scene = model_.scene();
  const biomech::Activity activity = session_->shown_inputs().activity;
  const bool sitting =
      activity == biomech::Activity::sit_relaxed || activity == biomech::Activity::sit_upright ||
      activity == biomech::Activity::sit_slouched || activity == biomech::Activity::sit_flexed;
  if (!scene || !sitting) return {};
  const auto left = scene->find_landmark("ischial_tuberosity.l");
  const auto right = scene->find_landmark("ischial_tuberosity.r");
  if (!left || !right) return {};
  const glm::vec3 l = anatomy::landmark_position(*scene, model_.posed(), *left);
  const glm::vec3 r = anatomy::landmark_position(*scene, model_.posed(), *right);
  const glm::vec3 mid = 0.5f * (l + r);
  constexpr float kSoftTissue_m = 0.02f;  // skin and fat under the sitting bones
  constexpr float kSeatDepth_m = 0.42f, kSeatWidth_m = 0.46f;
  const float top = std::max(0.05f, mid.y - kSoftTissue_m);
  // A plain stool: a thin seat and four thin legs, so it never hides the thighs in a side view.
  constexpr float kBoard_m = 0.035f, kLeg_m = 0.03f;
  const render::palette::Srgb wood{96, 88, 80};
  const glm::vec3 seat_centre{mid.x, top - kBoard_m * 0.5f, mid.z + kSeatDepth_m * 0.5f - 0.08f};
  std::vector<render::Prop> props;
  props.push_back({seat_centre, {kSeatWidth_m * 0.5f, kBoard_m * 0.5f, kSeatDepth_m * 0.5f}, wood});
  const float leg_height = std::max(0.0f, top - kBoard_m);
  for (float sx : {-1.0f, 1.0f})
    for (float sz : {-1.0f, 1.0f}) {
      const glm::vec3 centre{seat_centre.x + sx * (kSeatWidth_m * 0.5f - kLeg_m), leg_height * 0.5f,
                             seat_centre.z + sz * (kSeatDepth_m * 0.5f - kLeg_m)};
      props.push_back({centre, {kLeg_m * 0.5f, leg_height * 0.5f, kLeg_m * 0.5f}, wood});
    }
  return props;
}

void Viewer::update_anchors(int width_px, int height_px) {
  const anatomy::Scene* scene = model_.scene();
  if (!scene || structure_anchors_.empty()) return;
  const float aspect = static_cast<float>(width_px) / static_cast<float>(std::max(height_px, 1));
  const glm::mat4 view_projection = camera_.projection_matrix(aspect) * camera_.view_matrix();
  const auto projected =
      render::project_structures(*scene, model_.posed(), structure_anchors_, view_projection, camera_.eye(),
                                 glm::vec2(width_px, height_px));
  std::vector<ui::ScreenAnchor> anchors;
  for (const auto& id : ui::callout_anchor_ids())
    for (const auto& p : projected)
      if (p.id == id) anchors.push_back({p.id, p.pixel.x, p.pixel.y, p.on_screen});
  session_->set_anchors(std::move(anchors));
}

core::Status Viewer::render_frame(int width_px, int height_px, float delta_s) {
  if (auto status = target_.resize(width_px, height_px, settings_.msaa_samples); !status) return status;
  session_->update(delta_s);
  sync_anatomy();
  // Headless frames (screenshot, bench) show the target pose at once; the window glides to it.
  model_.update(delta_s, window_ == nullptr);

  // Centre the model in the part of the window the panels leave free.
  const bool panels = ui_ && settings_.show_ui;
  const ui::Rect free =
      panels ? ui::free_viewport(static_cast<float>(width_px), static_cast<float>(height_px),
                                 effective_font_scale(), session_->presentation())
             : ui::Rect{0.0f, 0.0f, static_cast<float>(width_px), static_cast<float>(height_px)};
  last_viewport_ = free;
  const ui::Rect region = panels && last_scene_rect_ ? *last_scene_rect_ : free;
  camera_.set_screen_region(region.x, region.y, region.w, region.h, static_cast<float>(width_px),
                            static_cast<float>(height_px));
  if (pending_view_) {
    set_view(last_view_preset_);
    pending_view_ = false;
  }
  if (framed_activity_ != session_->target_inputs().activity) {
    framed_activity_ = session_->target_inputs().activity;
    frame_posed_body();
  }
  update_anchors(width_px, height_px);

  target_.bind_multisampled();
  last_view_ = render::SceneView{camera_, width_px, height_px, true, model_.frame()};
  last_view_.props = props();
  scene_->draw(last_view_);

  if (window_) {
    target_.resolve_into(0);
  } else {
    target_.resolve();
    target_.bind_resolved();
  }
  if (!panels) return {};
  ui_->begin_frame(width_px, height_px, delta_s);
  ui::UiActions actions;
  if (library_) {
    const ui::UiModel model = session_->ui_model(static_cast<float>(width_px), static_cast<float>(height_px));
    last_layout_ = ui::draw_app_ui(model, actions);
    last_scene_rect_ = last_layout_.scene;
  } else {
    // Without its texts the interface cannot speak; say why, in the words of the loader.
    ImGui::SetNextWindowPos(ImVec2(20, 20));
    ImGui::Begin("PostureLab", nullptr, ImGuiWindowFlags_AlwaysAutoResize);
    ImGui::TextUnformatted(content_error_.c_str());
    ImGui::End();
  }
  ui_->end_frame_and_draw();
  last_windows_ = ui_->visible_windows();
  last_width_px_ = width_px;
  last_height_px_ = height_px;
  carry_out(session_->apply(actions));
  return {};
}

std::string Viewer::ui_report() const {
  return ui_report_json(last_layout_, last_windows_, *session_, last_width_px_, last_height_px_);
}

}  // namespace app
