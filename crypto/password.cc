#include "crypto/password.h"

#include <sodium.h>

#include <cstdlib>

#include "crypto/sodium_init.h"
#include "crypto/token.h"

namespace rapport::crypto {

Result<std::string> HashPassword(const Secret<std::string>& password) {
  EnsureSodium();
  char out[crypto_pwhash_STRBYTES];
  const std::string& pw = password.reveal();
  if (crypto_pwhash_str(out, pw.data(), pw.size(), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                        crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0) {
    return Status::Internal("password hashing failed");
  }
  return std::string(out);
}

bool VerifyPassword(const std::string& hash, const Secret<std::string>& password) {
  EnsureSodium();
  // crypto_pwhash_str_verify reads a NUL-terminated string of bounded length.
  if (hash.empty() || hash.size() >= crypto_pwhash_STRBYTES ||
      hash.find('\0') != std::string::npos) {
    return false;
  }
  const std::string& pw = password.reveal();
  return crypto_pwhash_str_verify(hash.c_str(), pw.data(), pw.size()) == 0;
}

std::string DummyPasswordHash() {
  static const std::string hash = [] {
    auto h = HashPassword(NewToken(32));
    if (!h.ok()) std::abort();  // only when memory is exhausted at start-up
    return std::move(h).value();
  }();
  return hash;
}

}  // namespace rapport::crypto
