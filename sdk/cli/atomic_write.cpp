// SPDX-License-Identifier: Apache-2.0
#include "atomic_write.hpp"

#include "os_error.hpp"

#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#ifdef __EMSCRIPTEN__
#include <emscripten.h>

// Under Node (`npx storydata`, NODERAWFS) the runtime's own umask starts at 0777 and its fsync
// does nothing: the process's come from Node. Descriptors are Node's own numbers there.
// clang-format off
EM_JS(int, node_umask, (), {
  const mask = process.umask(0);
  process.umask(mask);
  return mask;
});
EM_JS(int, node_fsync, (int fd), {
  try {
    require('fs').fsyncSync(fd);
    return 0;
  } catch (e) {
    return e.code === "EIO" ? 1 : 2;
  }
});
// clang-format on
#endif

namespace storydata::cli {
namespace fs = std::filesystem;
namespace {

#ifdef __EMSCRIPTEN__
mode_t process_umask() {
  return static_cast<mode_t>(node_umask());
}
int flush_to_disk(int fd) {
  const int failed = node_fsync(fd);
  if (failed != 0) errno = failed == 1 ? EIO : EINVAL;
  return failed == 0 ? 0 : -1;
}
#else
mode_t process_umask() {
  const mode_t mask = ::umask(0);
  ::umask(mask);
  return mask;
}
int flush_to_disk(int fd) {
  return ::fsync(fd);
}
#endif

/// The permission bits a new file gets, as fopen would give them: 0666 less the umask. Read
/// once, before any thread of fmt writes, since reading the umask means setting it.
mode_t new_file_mode() {
  static const mode_t mode = static_cast<mode_t>(0666 & ~process_umask());
  return mode;
}

/// Writes all of `text`, through short writes and interruptions; returns 0 or the errno.
int write_all(int fd, std::string_view text) {
  while (!text.empty()) {
    const ssize_t n = ::write(fd, text.data(), text.size());
    if (n < 0) {
      if (errno == EINTR) continue;
      return errno;
    }
    text.remove_prefix(static_cast<std::size_t>(n));
  }
  return 0;
}

/// Makes the rename itself durable: the directory entry is on disk once this returns.
int sync_directory(const fs::path& directory) {
  const int fd = ::open(directory.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) return errno;
  const int error = flush_to_disk(fd) == 0 ? 0 : errno;
  ::close(fd);
  return error;
}

} // namespace

std::optional<std::string> write_atomically(const fs::path& path, std::string_view display,
                                            std::string_view text) {
  const auto failed = [&](int error) {
    return "cannot write " + std::string(display) + ": " + os_error(error);
  };
  // Through a link to the file it names, so that the link is kept and the file replaced.
  struct stat link {};
  fs::path target = path;
  if (::lstat(path.c_str(), &link) == 0 && S_ISLNK(link.st_mode)) {
    std::error_code ec;
    target = fs::canonical(path, ec);
    if (ec) return failed(ec.value());
  }
  struct stat original {};
  const bool exists = ::stat(target.c_str(), &original) == 0;
  if (!exists && errno != ENOENT) return failed(errno);
  // A device or a pipe (-o /dev/stdout) has no content to keep: written as it is.
  if (exists && !S_ISREG(original.st_mode)) {
    const int fd = ::open(target.c_str(), O_WRONLY | O_CLOEXEC);
    if (fd < 0) return failed(errno);
    const int error = write_all(fd, text);
    ::close(fd);
    return error ? std::optional(failed(error)) : std::nullopt;
  }

  const fs::path directory = target.has_parent_path() ? target.parent_path() : fs::path(".");
  std::string temporary = (directory / ("." + target.filename().string() + ".XXXXXX")).string();
  const int fd = ::mkstemp(temporary.data());
  if (fd < 0) return failed(errno);
  const auto abandon = [&](int error) {
    ::close(fd);
    ::unlink(temporary.c_str());
    return failed(error);
  };
  if (exists) {
    if (::fchmod(fd, original.st_mode & 07777) != 0) return abandon(errno);
    // Keeps the owner when allowed (as root); an ordinary user can only own what they write.
    if (original.st_uid != ::geteuid() || original.st_gid != ::getegid()) {
      const int kept = ::fchown(fd, original.st_uid, original.st_gid);
      static_cast<void>(kept);
    }
  } else if (::fchmod(fd, new_file_mode()) != 0) {
    return abandon(errno);
  }
  if (const int error = write_all(fd, text)) return abandon(error);
  if (flush_to_disk(fd) != 0) return abandon(errno);
  if (::close(fd) != 0) {
    const int error = errno;
    ::unlink(temporary.c_str());
    return failed(error);
  }
  if (::rename(temporary.c_str(), target.c_str()) != 0) {
    const int error = errno;
    ::unlink(temporary.c_str());
    return failed(error);
  }
  // The file is replaced already; only a failing disk is worth reporting now (some file systems
  // cannot sync a directory: EINVAL).
  if (const int error = sync_directory(directory); error == EIO) return failed(error);
  return std::nullopt;
}

} // namespace storydata::cli
