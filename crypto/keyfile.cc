#include "crypto/keyfile.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "crypto/envelope.h"
#include "crypto/sodium_init.h"
#include "crypto/token.h"

namespace rapport::crypto {
namespace {

class Fd {
 public:
  explicit Fd(int fd) : fd_(fd) {}
  Fd(const Fd&) = delete;
  Fd& operator=(const Fd&) = delete;
  ~Fd() {
    if (fd_ >= 0) ::close(fd_);
  }
  int get() const { return fd_; }

 private:
  int fd_;
};

Status IoError(const std::string& what, const std::string& path) {
  return Status::Unavailable(what + " " + path + ": " + std::strerror(errno));
}

std::string ParentOf(const std::string& path) {
  auto slash = path.find_last_of('/');
  if (slash == std::string::npos) return ".";
  if (slash == 0) return "/";
  return path.substr(0, slash);
}

// mkdir -p with mode 0700 for every directory it creates; existing ones are left alone.
Status MakeDirs(const std::string& dir) {
  struct stat st;
  if (::stat(dir.c_str(), &st) == 0) {
    if (S_ISDIR(st.st_mode)) return Status::Ok();
    return Status::Invalid(dir + " exists and is not a directory");
  }
  if (errno != ENOENT) return IoError("cannot inspect", dir);
  std::string parent = ParentOf(dir);
  if (parent != dir) RAPPORT_RETURN_IF_ERROR(MakeDirs(parent));
  if (::mkdir(dir.c_str(), 0700) != 0 && errno != EEXIST) return IoError("cannot create", dir);
  return Status::Ok();
}

Status SyncDir(const std::string& dir) {
  Fd fd(::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
  if (fd.get() < 0 || ::fsync(fd.get()) != 0) return IoError("cannot sync directory", dir);
  return Status::Ok();
}

bool WriteAll(int fd, const std::string& bytes) {
  std::size_t done = 0;
  while (done < bytes.size()) {
    ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    done += static_cast<std::size_t>(n);
  }
  return true;
}

Result<Secret<std::string>> Load(const std::string& path) {
  Fd fd(::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW));
  if (fd.get() < 0) {
    if (errno == ELOOP) return Status::Invalid("master key file " + path + " is a symbolic link");
    return IoError("cannot open master key file", path);
  }
  struct stat st;
  if (::fstat(fd.get(), &st) != 0) return IoError("cannot inspect master key file", path);
  if (!S_ISREG(st.st_mode)) {
    return Status::Invalid("master key file " + path + " is not a regular file");
  }
  if ((st.st_mode & 077) != 0) {
    return Status::Invalid("master key file " + path +
                           " is accessible to group or others; run: chmod 600 " + path);
  }
  if (st.st_size != static_cast<off_t>(kDataKeyBytes)) {
    return Status::Invalid("master key file " + path + " has " + std::to_string(st.st_size) +
                           " bytes; a master key is exactly " + std::to_string(kDataKeyBytes) +
                           " bytes (restore the right file; never replace it, or all data is lost)");
  }
  std::string key(kDataKeyBytes, '\0');
  std::size_t done = 0;
  while (done < key.size()) {
    ssize_t n = ::read(fd.get(), key.data() + done, key.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return IoError("cannot read master key file", path);
    done += static_cast<std::size_t>(n);
  }
  return Secret<std::string>(std::move(key));
}

Status Create(const std::string& path) {
  std::string dir = ParentOf(path);
  RAPPORT_RETURN_IF_ERROR(MakeDirs(dir));
  // Write the key under a unique temporary name first, then link() it into place: link never
  // replaces an existing file, so a concurrent creator's key wins and ours is discarded.
  std::string tmp = path + ".tmp-" + HashToken(NewToken(16).reveal()).substr(0, 16);
  {
    Fd fd(::open(tmp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0600));
    if (fd.get() < 0) return IoError("cannot create master key file", tmp);
    Secret<std::string> key = NewDataKey();
    if (!WriteAll(fd.get(), key.reveal()) || ::fsync(fd.get()) != 0) {
      Status s = IoError("cannot write master key file", tmp);
      ::unlink(tmp.c_str());
      return s;
    }
  }
  int linked = ::link(tmp.c_str(), path.c_str());
  int link_errno = errno;
  ::unlink(tmp.c_str());
  if (linked != 0 && link_errno != EEXIST) {
    errno = link_errno;
    return IoError("cannot create master key file", path);
  }
  return SyncDir(dir);
}

}  // namespace

Result<Secret<std::string>> LoadOrCreateMasterKey(const std::string& path) {
  EnsureSodium();
  if (path.empty()) return Status::Invalid("the master key file path is empty");
  struct stat st;
  if (::lstat(path.c_str(), &st) != 0) {
    if (errno != ENOENT) return IoError("cannot inspect master key file", path);
    RAPPORT_RETURN_IF_ERROR(Create(path));
  }
  return Load(path);
}

}  // namespace rapport::crypto
