// The at-rest envelope: XChaCha20-Poly1305 (IETF) authenticated encryption.
//
// Associated data is authenticated but not stored: a ciphertext opens only with the exact AD it
// was sealed with. Callers bind table, owner and row into the AD so that a ciphertext copied to
// another row or another person's row fails to open instead of revealing someone else's data.
#pragma once

#include <string>
#include <string_view>

#include "base/secret.h"
#include "base/status.h"

namespace rapport::crypto {

inline constexpr std::size_t kDataKeyBytes = 32;
inline constexpr std::size_t kEnvelopeNonceBytes = 24;
inline constexpr std::size_t kEnvelopeOverheadBytes = 24 + 16;  // nonce + Poly1305 tag

// A fresh random 32-byte key (raw bytes, not text).
Secret<std::string> NewDataKey();

// Encrypts `plaintext` under `key` (exactly kDataKeyBytes raw bytes: a programming error
// otherwise, which aborts) with a random nonce. Returns raw bytes: nonce(24) || ciphertext+tag,
// i.e. plaintext.size() + kEnvelopeOverheadBytes bytes.
std::string Seal(const Secret<std::string>& key, std::string_view plaintext,
                 std::string_view associated_data);

// Reverses Seal. Any wrong key, wrong associated data, truncation or changed byte gives
// Code::kInternal "ciphertext does not open"; the message never carries data.
Result<std::string> Open(const Secret<std::string>& key, std::string_view sealed,
                         std::string_view associated_data);

}  // namespace rapport::crypto
