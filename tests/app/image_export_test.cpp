// Exported pictures read back from their PNG files as an image viewer reads them: the size asked
// for, an opaque background unless a transparent one was asked for, labels on or off, and no
// picture larger than 4K. The command line and File › Export image take the same path.
#include <catch2/catch.hpp>

#include <unistd.h>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include <stb_image.h>
#include <nlohmann/json.hpp>

#include "app/cli.h"
#include "app/file_commands.h"
#include "app/viewer.h"
#include "core/file_io.h"
#include "render/gl_context.h"
#include "support/run_process.h"

namespace fs = std::filesystem;

namespace {
struct Png {
  int width = 0, height = 0, channels = 0;  // channels as stored in the file
  std::vector<std::uint8_t> rgba;
  std::uint8_t alpha(int x, int y) const {
    return rgba[(static_cast<std::size_t>(y) * static_cast<std::size_t>(width) +
                 static_cast<std::size_t>(x)) *
                    4 +
                3];
  }
  std::size_t pixels_with_alpha(std::uint8_t a) const {
    std::size_t count = 0;
    for (std::size_t i = 3; i < rgba.size(); i += 4) count += rgba[i] == a ? 1 : 0;
    return count;
  }
};

Png read_png(const fs::path& path) {
  Png png;
  stbi_uc* data = stbi_load(path.c_str(), &png.width, &png.height, &png.channels, 4);
  REQUIRE(data != nullptr);
  png.rgba.assign(data,
                  data + static_cast<std::size_t>(png.width) * static_cast<std::size_t>(png.height) * 4);
  stbi_image_free(data);
  return png;
}

fs::path fresh_dir(const std::string& name) {
  const fs::path dir = fs::temp_directory_path() / (name + "_" + std::to_string(::getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir);
  return dir;
}
}  // namespace

TEST_CASE("a 3840x2160 export has that size and every pixel's alpha is 255") {
  const fs::path out = fresh_dir("pl_export_4k") / "slide.png";
  auto run = support::run_posturelab("screenshot --out " + out.string() + " --size 3840x2160 --no-ui");
  INFO(run.output);
  REQUIRE(run.exit_code == 0);
  CHECK(run.output.find("opaque background") != std::string::npos);
  const Png png = read_png(out);
  CHECK(png.width == 3840);
  CHECK(png.height == 2160);
  CHECK(png.pixels_with_alpha(255) == 3840u * 2160u);
  fs::remove_all(out.parent_path());
}

TEST_CASE("the interface's screenshot is opaque too, where translucent skin and x-ray are blended") {
  const fs::path out = fresh_dir("pl_export_ui") / "window.png";
  REQUIRE(support::run_posturelab("screenshot --out " + out.string() + " --size 800x500 --xray").exit_code ==
          0);
  const Png png = read_png(out);
  CHECK(png.pixels_with_alpha(255) == 800u * 500u);
  fs::remove_all(out.parent_path());
}

TEST_CASE("with --transparent the background's pixels have alpha 0 and the body's stay opaque") {
  const fs::path out = fresh_dir("pl_export_transparent") / "cutout.png";
  auto run =
      support::run_posturelab("screenshot --out " + out.string() + " --size 640x400 --no-ui --transparent");
  INFO(run.output);
  REQUIRE(run.exit_code == 0);
  const Png png = read_png(out);
  REQUIRE(png.channels == 4);
  // The corners and the edges' middles are background in the teaching view.
  for (const auto& [x, y] :
       std::vector<std::pair<int, int>>{{0, 0}, {639, 0}, {0, 399}, {639, 399}, {0, 200}})
    CHECK(png.alpha(x, y) == 0);
  const std::size_t clear = png.pixels_with_alpha(0), solid = png.pixels_with_alpha(255);
  INFO("alpha 0: " << clear << ", alpha 255: " << solid);
  CHECK(clear > 640u * 400u / 4);   // most of the frame around the body
  CHECK(solid > 640u * 400u / 20);  // the bones and the discs, drawn solid
  fs::remove_all(out.parent_path());
}

TEST_CASE("labels on draw the callouts and angles on the bare anatomy, labels off leave them out") {
  const fs::path dir = fresh_dir("pl_export_labels");
  auto callouts = [&](const std::string& options) {
    const fs::path report = dir / "ui.json";
    fs::remove(report);
    auto run = support::run_posturelab("screenshot --out " + (dir / "x.png").string() + " --size 960x600 " +
                                       options + " --ui-report " + report.string());
    INFO(run.output);
    REQUIRE(run.exit_code == 0);
    const auto json = nlohmann::json::parse(*core::read_file(report));
    return std::pair{json["callouts"].size(), json["windows"].size()};
  };
  const auto [bare, bare_windows] = callouts("--no-ui");
  const auto [labelled, labelled_windows] = callouts("--no-ui --labels on");
  const auto [unlabelled, panels] = callouts("--labels off");
  CHECK(bare == 0);
  CHECK(labelled >= 3);
  CHECK(unlabelled == 0);
  CHECK(panels > labelled_windows);  // the interface's panels are there, only the labels went
  CHECK(bare_windows == 0);
  fs::remove_all(dir);
}

TEST_CASE("a picture larger than 3840x2160 is refused with the limit, a portrait 4K one is not") {
  for (const char* size : {"3841x2160", "3840x2161", "4000x4000"}) {
    const std::vector<std::string> args = {"screenshot", "--out", "x.png", "--size", size};
    auto line = app::parse_command_line(args);
    INFO(size);
    REQUIRE_FALSE(line.ok());
    CHECK(line.error().message.find("larger than 3840x2160") != std::string::npos);
  }
  const std::vector<std::string> portrait = {"screenshot", "--out", "x.png", "--size", "2160x3840"};
  CHECK(app::parse_command_line(portrait).ok());
  const std::vector<std::string> bench = {"bench", "--size", "5000x3000"};
  CHECK(app::parse_command_line(bench).ok());  // the benchmark is no picture
  auto run = support::run_posturelab("screenshot --out /tmp/pl_too_big.png --size 7680x4320");
  CHECK(run.exit_code == 2);
  CHECK(run.output.find("--size 7680x4320: picture size 7680x4320 is larger than 3840x2160") !=
        std::string::npos);
}

TEST_CASE("File › Export image renders the view without the interface through the same path") {
  auto context = render::HeadlessGlContext::create();
  REQUIRE(context.ok());
  app::ViewerSettings settings;  // with the interface, as the window has it
  auto viewer = app::Viewer::create(nullptr, settings, biomech::balanced_inputs());
  REQUIRE(viewer.ok());
  for (int i = 0; i < 3; ++i) REQUIRE((*viewer)->render_frame(1024, 640, 1.0f / 60.0f).ok());
  // What the window laid out; the file dialog's last path is left out, the export changes it.
  auto window_layout = [&] {
    auto report = nlohmann::json::parse((*viewer)->ui_report());
    report.erase("file_dialog");
    return report;
  };
  const nlohmann::json window_report = window_layout();

  const fs::path dir = fresh_dir("pl_export_menu");
  ui::UiActions open;
  open.open_file_dialog = ui::FileDialogKind::export_image;
  (*viewer)->carry_out((*viewer)->session().apply(open));
  ui::UiActions choose;
  choose.file_dialog_path = (dir / "for-the-patient").string();  // ".png" is added
  choose.export_choice = ui::ExportChoice{1600, 900, true, false};
  choose.file_dialog_confirm = true;
  (*viewer)->carry_out((*viewer)->session().apply(choose));
  REQUIRE((*viewer)->render_frame(1024, 640, 1.0f / 60.0f).ok());  // carried out before this frame

  const fs::path out = dir / "for-the-patient.png";
  REQUIRE(fs::exists(out));
  CHECK((*viewer)->session().snapshot(1024, 640).notice.empty());
  const Png png = read_png(out);
  CHECK(png.width == 1600);
  CHECK(png.height == 900);
  CHECK(png.alpha(0, 0) == 0);
  CHECK(png.alpha(1599, 899) == 0);
  CHECK(png.pixels_with_alpha(255) > 1600u * 900u / 20);
  // The window's own frame is as it was: its panels and layout, not the picture's.
  REQUIRE((*viewer)->render_frame(1024, 640, 1.0f / 60.0f).ok());
  CHECK(window_layout() == window_report);
  fs::remove_all(dir);
}
