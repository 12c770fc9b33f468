// Demo data: two partners' check-ins, profile takes and practice events that make several
// insights fire, for trying Rapport without real data. Pure, seeded and deterministic: the
// same (seed, today, days) gives the same data on every platform (its own integer PRNG, no
// floating point, no clock, no I/O). The app layer stores it and creates the accounts.
//
// What it shows, for any seed (tested): for the first partner, touch mostly with sex,
// closeness rising over the last two weeks after a change, practices that help, a different
// hope for sexual closeness than the second partner's; for the second partner, distance after
// sex, an unmet need for emotional closeness (in both takes) and steady emotional sharing.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "base/date.h"
#include "core/checkin.h"
#include "core/practice_log.h"
#include "core/profile.h"

namespace rapport::core {

inline constexpr int kDemoDays = 180;

struct DemoPartner {
  std::string name;                            // a first name that fits any gender
  std::vector<Checkin> checkins;               // oldest first, at most one per day, all valid
  std::vector<ProfileTake> profile_takes;      // two: ~170 and ~10 days before today
  std::vector<PracticeEvent> practice_events;  // oldest first; ids left 0 for the store
};

struct DemoData {
  Date today;
  DemoPartner first;
  DemoPartner second;
};

// `days` of check-ins ending at `today` (inclusive), for both partners. days ≥ 1.
DemoData GenerateDemo(std::uint64_t seed, Date today, int days = kDemoDays);

}  // namespace rapport::core
