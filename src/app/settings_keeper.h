#pragma once
// Remembers the session's settings as they change, for the desktop window and the web page: a save
// when they differ from the last one saved; a failed save becomes the session's notice, never fatal.
#include <filesystem>
#include <utility>

#include "app/session.h"
#include "app/settings.h"

namespace app {

class SettingsKeeper {
 public:
  SettingsKeeper(std::filesystem::path path, Settings saved)
      : path_(std::move(path)), saved_(std::move(saved)) {}

  // True when the settings changed and were written.
  bool save_if_changed(Session& session) {
    if (session.settings() == saved_) return false;
    saved_ = session.settings();
    if (auto status = save_settings(saved_, path_); !status) {
      session.set_notice(status.error().message);
      return false;
    }
    return true;
  }

 private:
  std::filesystem::path path_;
  Settings saved_;
};

}  // namespace app
