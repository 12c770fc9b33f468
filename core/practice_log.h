// What a person did with a practice: started it, finished it (with "felt closer? 1–5"), or
// set it aside for now. The recommender reads this history; it is private to its owner.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "base/ids.h"

namespace rapport::core {

enum class PracticeState { kStarted, kDone, kNotNow };

std::string_view PracticeStateId(PracticeState s);  // "started", "done", "not_now"
std::optional<PracticeState> PracticeStateFromId(std::string_view id);

struct PracticeEvent {
  std::int64_t id = 0;                // assigned by the store
  std::string practice_id;
  PracticeState state = PracticeState::kStarted;
  UnixSeconds at = 0;
  std::optional<int> felt_closer;     // 1..5, only with kDone
  friend bool operator==(const PracticeEvent&, const PracticeEvent&) = default;
};

}  // namespace rapport::core
