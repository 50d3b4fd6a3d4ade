#include "core/file_io.h"

#include <fcntl.h>
#include <unistd.h>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>
#include <string>

namespace core {
namespace fs = std::filesystem;

std::string not_a_regular_file(const fs::path& path) {
  std::error_code ec;
  const fs::file_status status = fs::status(path, ec);  // follows links
  switch (status.type()) {
    case fs::file_type::regular:
      return {};
    case fs::file_type::not_found:
      return "does not exist";
    case fs::file_type::directory:
      return "is a directory";
    case fs::file_type::fifo:
      return "is a named pipe (FIFO)";
    case fs::file_type::block:
    case fs::file_type::character:
      return "is a device";
    case fs::file_type::socket:
      return "is a socket";
    default:
      return ec ? "cannot be examined: " + ec.message() : "is not a regular file";
  }
}

Result<std::string> read_file(const fs::path& path, std::uintmax_t max_bytes) {
  if (const std::string what = not_a_regular_file(path); !what.empty())
    return make_error(path.string() + " " + what + ", not a file that can be read");
  std::error_code size_error;
  if (const auto size = fs::file_size(path, size_error); !size_error && size > max_bytes) {
    // In kB below a megabyte, so a small limit (a scenario's) reads as a number, not "0 MB".
    const bool mb = max_bytes >= (std::uintmax_t{1} << 20);
    const auto in_units = [mb](std::uintmax_t bytes) {
      return mb ? std::to_string(bytes >> 20) + " MB" : std::to_string((bytes + 1023) >> 10) + " kB";
    };
    return make_error(path.string() + " is " + in_units(size) + ", more than the " + in_units(max_bytes) +
                      " PostureLab reads");
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) return make_error("cannot open " + path.string() + ": " + std::strerror(errno));
  std::ostringstream contents;
  contents << in.rdbuf();
  if (in.bad()) return make_error("cannot read " + path.string());
  return contents.str();
}

Status write_file_atomically(const fs::path& requested, std::string_view bytes,
                             const BeforeRename& before_rename) {
  // A link's target is written (the link stays a link); anything but a regular file is left alone.
  std::error_code link_error;
  const bool link = fs::symlink_status(requested, link_error).type() == fs::file_type::symlink;
  link_error.clear();  // a path that does not exist yet is no error here
  const fs::path path = link ? fs::weakly_canonical(requested, link_error) : requested;
  if (link_error)
    return make_error("cannot follow the link " + requested.string() + ": " + link_error.message());
  if (const std::string what = not_a_regular_file(path); !what.empty() && what != "does not exist")
    return make_error(path.string() + " " + what + "; PostureLab replaces only regular files");
  fs::path tmp = path;
  tmp += ".tmp." + std::to_string(::getpid());
  // Written aside and flushed to the disk before the rename, so a crash or a power cut leaves the
  // old file or the new one, never a half-written one.
  const int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (fd < 0) return make_error("cannot write " + tmp.string() + ": " + std::strerror(errno));
  std::size_t done = 0;
  while (done < bytes.size()) {
    const ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) break;
    done += static_cast<std::size_t>(n);
  }
  const int write_errno = done < bytes.size() ? (errno ? errno : ENOSPC) : 0;
  const bool synced = write_errno == 0 && ::fsync(fd) == 0;
  const int sync_errno = synced ? 0 : errno;
  ::close(fd);
  if (write_errno || !synced) {
    std::error_code ignore;
    fs::remove(tmp, ignore);
    return make_error("cannot write " + tmp.string() + ": " +
                      std::strerror(write_errno ? write_errno : sync_errno));
  }
  if (before_rename && !before_rename(tmp))
    return make_error("stopped before " + tmp.string() + " replaced " + path.string());
  std::error_code ec;
  fs::rename(tmp, path, ec);
  if (ec) {
    std::error_code ignore;  // the rename's reason is the one to report, not the clean-up's
    fs::remove(tmp, ignore);
    return make_error("cannot replace " + path.string() + ": " + ec.message());
  }
  // The rename itself reaches the disk with the folder's entry.
  const fs::path folder = path.has_parent_path() ? path.parent_path() : fs::path(".");
  if (const int dir = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC); dir >= 0) {
    (void)::fsync(dir);
    ::close(dir);
  }
  return Status::success();
}

}  // namespace core
