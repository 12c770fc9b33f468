#include "base/secret.h"

#include <cstring>

namespace rapport {

void SecureWipe(void* data, std::size_t size) {
  if (size == 0) return;
  std::memset(data, 0, size);
  // A compiler barrier: the memset above may not be elided as a dead store.
  asm volatile("" : : "r"(data) : "memory");
}

}  // namespace rapport
