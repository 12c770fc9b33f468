#include <algorithm>

#include "store/store.h"

namespace rapport::store {

std::optional<UnixSeconds> SharingRecord::Cutoff() const {
  if (paused_at && safety_since) return std::min(*paused_at, *safety_since);
  return paused_at ? paused_at : safety_since;
}

}  // namespace rapport::store
