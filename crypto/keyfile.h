// The master key file: 32 random bytes that wrap every per-user data key. It lives outside the
// database (a stolen database alone opens nothing), readable by its owner only.
#pragma once

#include <string>

#include "base/secret.h"
#include "base/status.h"

namespace rapport::crypto {

// Reads the master key at `path`, or creates it when there is no file there.
//
// Creating: the parent directory is made (mode 0700) when missing; 32 random bytes are written
// to a fresh file opened with O_CREAT|O_EXCL and mode 0600, fsynced, and then linked into place
// without replacing anything (so a crash never leaves a short key file, and two processes
// starting at once end up with the same key); the directory is fsynced too.
// Reading: the file must be a regular file of exactly 32 bytes with no group or other
// permission bits.
// Errors: kInvalid (with a message saying what to fix) for a file of the wrong size, a file
// readable or writable by group/others, or something that is not a regular file;
// kUnavailable when the file or its directory cannot be read or written.
Result<Secret<std::string>> LoadOrCreateMasterKey(const std::string& path);

}  // namespace rapport::crypto
