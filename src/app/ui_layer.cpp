#include "app/ui_layer.h"

#include <algorithm>
#include <cfloat>

#include <GLFW/glfw3.h>
#include <imgui.h>
#include <imgui_impl_glfw.h>
#include <imgui_impl_opengl3.h>
#include <imgui_internal.h>

#include "core/log.h"
#include "render/glsl.h"

namespace app {

core::Result<std::unique_ptr<UiLayer>> UiLayer::create(GLFWwindow* window, float font_scale,
                                                       ui::ThemeKind theme) {
  std::unique_ptr<UiLayer> layer(new UiLayer());
  layer->window_ = window;
  IMGUI_CHECKVERSION();
  layer->context_ = ImGui::CreateContext();
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;  // layout is PostureLab's own setting, not imgui.ini
  // Keyboard navigation needs the key map the GLFW backend fills in; headless frames have no keys.
  if (window) io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
  if (window && !ImGui_ImplGlfw_InitForOpenGL(window, true)) {
    ImGui::DestroyContext();
    return core::make_error("ImGui could not attach to the GLFW window");
  }
  if (!ImGui_ImplOpenGL3_Init(render::gl::glsl_version_line())) {
    if (window) ImGui_ImplGlfw_Shutdown();
    ImGui::DestroyContext();
    return core::make_error("ImGui's OpenGL 3 backend could not start");
  }
  layer->set_style(font_scale, theme);
  return layer;
}

UiLayer::~UiLayer() {
  if (!context_) return;
  ImGui_ImplOpenGL3_Shutdown();
  if (window_) ImGui_ImplGlfw_Shutdown();
  ImGui::DestroyContext(static_cast<ImGuiContext*>(context_));
}

void UiLayer::set_style(float font_scale, ui::ThemeKind theme) {
  font_scale_ = std::clamp(font_scale, ui::kMinFontScale, ui::kMaxFontScale);
  theme_ = theme;
  const ui::FontLoadReport report = ui::load_fonts(font_scale_);
  if (report.used_fallback && report.message != font_notice_) core::log_warning(report.message);
  font_notice_ = report.message;
  ui::apply_theme(theme_, font_scale_);
  // The backend keeps the atlas as a GL texture: upload the new one.
  ImGui_ImplOpenGL3_DestroyFontsTexture();
  ImGui_ImplOpenGL3_CreateFontsTexture();
}

void UiLayer::begin_frame(int width_px, int height_px, float delta_s, bool offscreen) {
  ImGui_ImplOpenGL3_NewFrame();
  if (window_ && !offscreen) {
    ImGui_ImplGlfw_NewFrame();
  } else {
    ImGuiIO& io = ImGui::GetIO();
    io.DisplaySize = ImVec2(static_cast<float>(width_px), static_cast<float>(height_px));
    io.DisplayFramebufferScale = ImVec2(1.0f, 1.0f);
    io.DeltaTime = delta_s > 0.0f ? delta_s : 1.0f / 60.0f;
    if (window_) io.MousePos = ImVec2(-FLT_MAX, -FLT_MAX);
  }
  ImGui::NewFrame();
}

void UiLayer::end_frame_and_draw() {
  ImGui::Render();
  const ImDrawData* data = ImGui::GetDrawData();
  // The backend issues one indexed draw per command without a callback whose clip rectangle is not
  // empty; counted here from the same lists it reads, since its GL calls are its own.
  last_stats_ = {};
  for (int l = 0; l < data->CmdListsCount; ++l)
    for (const ImDrawCmd& command : data->CmdLists[l]->CmdBuffer) {
      const bool clipped_away =
          command.ClipRect.z <= command.ClipRect.x || command.ClipRect.w <= command.ClipRect.y;
      if (!command.UserCallback && !clipped_away) last_stats_.count(command.ElemCount / 3);
    }
  ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
}

bool UiLayer::wants_mouse() const { return ImGui::GetIO().WantCaptureMouse; }
// Shortcuts stay global unless a text field is being edited: with keyboard navigation on, ImGui
// claims the keyboard whenever one of its windows has focus, which is nearly always.
bool UiLayer::wants_keyboard() const { return ImGui::GetIO().WantTextInput; }

}  // namespace app

namespace app {

std::vector<UiLayer::WindowInfo> UiLayer::visible_windows() const {
  std::vector<WindowInfo> windows;
  const ImGuiContext* context = ImGui::GetCurrentContext();
  if (!context) return windows;
  for (const ImGuiWindow* window : context->Windows) {
    // Active: Begin() was called this frame; skip ImGui's own hidden helper windows.
    if (!window->Active || window->Hidden || (window->Flags & ImGuiWindowFlags_ChildWindow)) continue;
    if (std::string_view(window->Name).rfind("Debug##", 0) == 0) continue;
    windows.push_back({window->Name, window->Pos.x, window->Pos.y, window->Size.x, window->Size.y});
  }
  return windows;
}

}  // namespace app
