// Internal to the insight engine: check-ins decoded once into compact per-day facts, so each
// pattern is a cheap scan over days instead of string lookups.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <vector>

#include "base/date.h"
#include "core/checkin.h"
#include "core/kinds.h"

namespace rapport::core::internal {

struct DayFacts {
  bool logged = false;
  bool sex = false;              // a moment marked is_sex
  bool sharing = false;          // a moment of the emotional kind, other than conflict
  bool touch = false;            // a moment of the affectionate kind
  bool distant_feeling = false;  // the feeling word "distant" or "numb"
  std::uint8_t kinds = 0;        // bit KindIndex(k) for each kind among the moments (no conflict)
  std::int8_t closeness = 0;     // 1..7 when logged
  Conflict conflict = Conflict::kNone;
  std::optional<AfterSex> after_sex;
  std::uint64_t moments = 0;     // bit per catalogue moment (first 64); sexual and conflict excluded

  bool HasKind(Kind k) const { return kinds & (1u << KindIndex(k)); }
  bool DistantAfterSex() const {
    return after_sex == AfterSex::kDistant || after_sex == AfterSex::kEmpty;
  }
};

// The days first..last (inclusive), each with the facts of its check-in, if any.
class DayIndex {
 public:
  DayIndex() = default;
  // Decodes the check-ins whose day lies in [first, last]; others are skipped. A later
  // check-in for the same day replaces an earlier one.
  DayIndex(std::span<const Checkin> checkins, Date first, Date last);

  Date first() const { return first_; }
  Date last() const { return first_ + static_cast<int>(days_.size()) - 1; }
  // The facts for `day`, or nullptr when it is outside the index or has no check-in.
  const DayFacts* At(Date day) const {
    int i = day - first_;
    if (i < 0 || i >= static_cast<int>(days_.size()) || !days_[i].logged) return nullptr;
    return &days_[i];
  }
  // Check-ins logged in [from, to].
  int Logged(Date from, Date to) const;
  // True when `pred` holds for a logged day in [day, day + kSexWindowDays − 1].
  template <typename Pred>
  bool AnyInSexWindow(Date day, Pred pred) const;
  // True when `day` lies in the window of some sex day (a sex day on day − 2 .. day).
  bool NearSex(Date day) const;

 private:
  Date first_;
  std::vector<DayFacts> days_;
};

template <typename Pred>
bool DayIndex::AnyInSexWindow(Date day, Pred pred) const {
  for (int k = 0; k < 3; ++k) {
    const DayFacts* f = At(day + k);
    if (f && pred(*f)) return true;
  }
  return false;
}

}  // namespace rapport::core::internal
