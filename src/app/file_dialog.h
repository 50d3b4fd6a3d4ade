#pragma once
// The state of the File menu's dialog (ui/file_dialog_view.h): the path field, the folder it points
// at and that folder's listing, read again whenever the folder changes. Owned by the session.
#include <filesystem>
#include <optional>
#include <string>

#include "ui/file_dialog_view.h"

namespace app {

// What a dialog of this kind lists and adds: ".posturelab.json" scenarios, or ".png" images.
std::string_view file_dialog_extension(ui::FileDialogKind kind);

class FileDialog {
 public:
  void open(ui::FileDialogKind kind, const std::filesystem::path& start);
  void close() { view_.open = false; }
  // A new path field; the folder is listed again when it changed.
  void set_path(std::string path);
  // An entry of the listing: a folder is entered (".." goes up), a file's path fills the field.
  void choose(const std::string& name);
  void set_image(const ui::ExportChoice& image);
  // The file the dialog was confirmed with, its extension added when missing (with the path field
  // made to match); a folder is entered instead (the field ends in "/") and gives nothing, as does
  // an empty name.
  std::optional<std::filesystem::path> confirm();
  const ui::FileDialogView& view() const { return view_; }

 private:
  void list();
  ui::FileDialogView view_;
};

}  // namespace app
