// Test helpers for profile answers: set a kind's answers by their keyed value (after reverse
// keying), so fixtures read as scores rather than raw answers.
#pragma once

#include <vector>

#include "core/profile.h"

namespace rapport::core::testing {

enum class Scale { kHave, kWant };

// Sets the answers of `kind` on `scale` so that, after reverse keying, item i has keyed[i].
// Fewer values than items leaves the rest unanswered.
inline void SetKeyed(ProfileAnswers& a, Kind kind, Scale scale, std::vector<int> keyed) {
  auto& map = scale == Scale::kHave ? a.have : a.want;
  std::size_t i = 0;
  for (const ProfileItem& item : TheProfileInstrument().items) {
    if (item.kind != kind) continue;
    if (i < keyed.size()) {
      map[std::string(item.id)] = item.reverse ? 6 - keyed[i] : keyed[i];
    } else {
      map.erase(std::string(item.id));
    }
    ++i;
  }
}

// Every have and want answered with keyed value `have` / `want`, comfort keyed `comfort`.
inline ProfileAnswers UniformAnswers(int have, int want, int comfort = 3) {
  ProfileAnswers a;
  a.instrument_version = TheProfileInstrument().version;
  for (Kind k : kAllKinds) {
    SetKeyed(a, k, Scale::kHave, std::vector<int>(5, have));
    SetKeyed(a, k, Scale::kWant, std::vector<int>(5, want));
  }
  for (const ComfortItem& item : TheProfileInstrument().comfort_items) {
    a.comfort[std::string(item.id)] = item.reverse ? 6 - comfort : comfort;
  }
  return a;
}

}  // namespace rapport::core::testing
