#include "crypto/sodium_init.h"

#include <sodium.h>

#include <cstdio>
#include <cstdlib>
#include <mutex>

namespace rapport::crypto {

void EnsureSodium() {
  static std::once_flag once;
  std::call_once(once, [] {
    if (sodium_init() < 0) {
      std::fputs("rapport: libsodium failed to initialise\n", stderr);
      std::abort();
    }
  });
}

}  // namespace rapport::crypto
