#pragma once
// What the importer may read besides the model itself: external files (buffers) only from the
// model's own folder, with URIs taken literally (no "~" or environment expansion), never a write.
// The glTF reader hands these functions to tinygltf as its file-system callbacks; they take plain
// standard types, so this file needs no tinygltf.
#include <filesystem>
#include <string>
#include <vector>

#include "core/result.h"

namespace anatomy {

class FileGuard {
 public:
  // `base_dir` empty: no external file at all (a GLB or glTF read from memory).
  static core::Result<FileGuard> for_folder(const std::filesystem::path& base_dir);

  // True when `path` resolves inside the base folder (after "..", links and all).
  bool allows(const std::string& path) const;
  const std::filesystem::path& base() const { return base_; }
  // The first path refused, for the error message; empty while nothing was.
  const std::string& rejected() const { return rejected_; }

  // The callbacks of tinygltf::FsCallbacks, each with a FileGuard* as `user`.
  static bool exists(const std::string& path, void* user);
  static std::string expand(const std::string& path, void* user);
  static bool read(std::vector<unsigned char>* out, std::string* err, const std::string& path, void* user);
  static bool write(std::string* err, const std::string& path, const std::vector<unsigned char>& bytes,
                    void* user);

 private:
  void refuse(const std::string& path);

  std::filesystem::path base_;  // canonical folder of the model; empty = no external files
  std::string rejected_;
};

}  // namespace anatomy
