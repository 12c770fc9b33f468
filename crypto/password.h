// Password hashing: Argon2id via libsodium's crypto_pwhash_str, at the INTERACTIVE limits
// (about 50 ms and 64 MiB per hash on our reference machine).
#pragma once

#include <string>

#include "base/secret.h"
#include "base/status.h"

namespace rapport::crypto {

// Returns a self-describing "$argon2id$..." string (salt and parameters included) to store.
// Errors: kInternal when the hash cannot be computed (out of memory).
Result<std::string> HashPassword(const Secret<std::string>& password);

// True when `password` matches `hash` (a HashPassword output). False for a wrong password and
// for a malformed hash. Takes as long as computing a hash.
bool VerifyPassword(const std::string& hash, const Secret<std::string>& password);

// A valid hash of a random password nobody knows, computed once per process. Verifying against
// it when an email is unknown makes "no such account" take as long as "wrong password".
std::string DummyPasswordHash();

}  // namespace rapport::crypto
