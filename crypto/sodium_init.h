// libsodium must be initialised once before use; every function in crypto/ does it for you.
#pragma once

namespace rapport::crypto {

// Initialises libsodium. Idempotent and thread-safe; cheap after the first call.
// Aborts the process if libsodium cannot initialise (no safe way to continue without a CSPRNG).
void EnsureSodium();

}  // namespace rapport::crypto
