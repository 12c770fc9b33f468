#include "core/practice_log.h"

namespace rapport::core {

std::string_view PracticeStateId(PracticeState s) {
  switch (s) {
    case PracticeState::kStarted: return "started";
    case PracticeState::kDone: return "done";
    case PracticeState::kNotNow: return "not_now";
  }
  return "started";
}

std::optional<PracticeState> PracticeStateFromId(std::string_view id) {
  for (auto s : {PracticeState::kStarted, PracticeState::kDone, PracticeState::kNotNow}) {
    if (PracticeStateId(s) == id) return s;
  }
  return std::nullopt;
}

}  // namespace rapport::core
