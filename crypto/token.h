// Random tokens (session cookies, invite codes) and the hashes under which they are stored.
// Only hashes ever reach the database: a leaked database does not let anyone sign in or pair.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "base/secret.h"

namespace rapport::crypto {

// `bytes` random bytes (from the OS CSPRNG), encoded base64url without padding: 32 bytes give
// 43 characters from [A-Za-z0-9_-]. Safe in cookies and URLs.
Secret<std::string> NewToken(std::size_t bytes = 32);

// Lower-case hex (64 characters) of an unkeyed 32-byte BLAKE2b (crypto_generichash) of `token`.
// Deterministic: the same token always gives the same hash, so it can be looked up.
std::string HashToken(std::string_view token);

// A one-time pairing code people read aloud or type: 28 Crockford base32 characters (140 random
// bits) in groups of four, e.g. "7KQ2-M9XD-...". Hash NormalizeInviteCode(code) to store or
// look it up.
Secret<std::string> NewInviteCode();

// Canonical form of a typed invite code: upper-case, with spaces, other ASCII whitespace and
// dashes removed, and the look-alikes O→0, I→1, L→1 mapped as Crockford base32 prescribes.
// Other characters are kept (such a code simply matches nothing).
std::string NormalizeInviteCode(std::string_view typed);

}  // namespace rapport::crypto
