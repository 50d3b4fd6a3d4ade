#pragma once
// What the File menu's dialog shows: no native file dialog is available, so a path field and the
// folder it points at, with its sub-folders and the files of the kind asked for. The app lists the
// folder (the UI reads no files) and keeps the dialog's state; the UI draws it and returns actions.
#include <string>
#include <vector>

namespace ui {

enum class FileDialogKind { open_scenario, save_scenario, export_image, print_handout };

// An exported image: its size, its background and whether the labels and angle lines are drawn.
struct ExportChoice {
  // 4K UHD, in either orientation: the largest picture PostureLab renders for export.
  static constexpr int kMaxLongSide_px = 3840, kMaxShortSide_px = 2160;
  static constexpr int kMinSide_px = 16;
  int width_px = 1920;
  int height_px = 1080;
  bool transparent = false;  // the background left see-through (alpha 0), for slides
  bool labels = true;        // callouts, angle lines and pulls on the anatomy
  bool operator==(const ExportChoice&) const = default;
};

struct FileEntry {
  std::string name;
  bool folder = false;
  bool operator==(const FileEntry&) const = default;
};

struct FileDialogView {
  bool open = false;
  FileDialogKind kind = FileDialogKind::open_scenario;
  std::string path;                // the path field
  std::string folder;              // the folder listed
  std::vector<FileEntry> entries;  // ".." first, then sub-folders, then matching files, by name
  bool exists = false;             // `path` names a file already there (saving replaces it)
  std::string listing_error;       // why the folder cannot be listed, empty when it was
  ExportChoice image;
  // The scenario's own words, edited in the save dialog.
  std::string title, note;
};

}  // namespace ui
